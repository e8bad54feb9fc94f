// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntheticbase.h"

namespace tkb::bench {

namespace {

struct Form
{
    const char16_t *en, *az, *ru;
};

// Regional first names as they are written in English, Azerbaijani and Russian.
constexpr Form firstNames[] = {
    { u"Alikram", u"Əlikram", u"Аликрам" },
    { u"Fahraddin", u"Fəxrəddin", u"Фахраддин" },
    { u"Hilal", u"Hilal", u"Хилал" },
    { u"Novruzali", u"Novruzəli", u"Новрузали" },
    { u"Elvin", u"Elvin", u"Эльвин" },
    { u"Atakhan", u"Ataxan", u"Атахан" },
    { u"Ilham", u"İlham", u"Ильхам" },
    { u"Rashid", u"Rəşid", u"Рашид" },
    { u"Zaur", u"Zaur", u"Заур" },
    { u"Aydin", u"Aydın", u"Айдын" },
    { u"Jamil", u"Cəmil", u"Джамиль" },
    { u"Khalil", u"Xəlil", u"Халил" },
    { u"Gulnara", u"Gülnarə", u"Гюльнара" },
    { u"Leyla", u"Leyla", u"Лейла" },
    { u"Sabina", u"Səbinə", u"Сабина" },
    { u"Aynur", u"Aynur", u"Айнур" },
    { u"Kamran", u"Kamran", u"Камран" },
    { u"Samir", u"Samir", u"Самир" },
    { u"Vugar", u"Vüqar", u"Вугар" },
    { u"Tofig", u"Tofiq", u"Тофик" },
    { u"Rafig", u"Rafiq", u"Рафик" },
    { u"Anar", u"Anar", u"Анар" },
    { u"Elnur", u"Elnur", u"Эльнур" },
    { u"Rauf", u"Rauf", u"Рауф" },
    { u"Shahin", u"Şahin", u"Шахин" },
    { u"Ramil", u"Ramil", u"Рамиль" },
    { u"Farid", u"Fərid", u"Фарид" },
    { u"Mahir", u"Mahir", u"Махир" },
    { u"Nigar", u"Nigar", u"Нигяр" },
    { u"Aziz", u"Əziz", u"Азиз" },
    { u"Huseyn", u"Hüseyn", u"Гусейн" },
    { u"Hasan", u"Həsən", u"Гасан" },
    { u"Mammad", u"Məmməd", u"Мамед" },
    { u"Ali", u"Əli", u"Али" },
    { u"Vusal", u"Vüsal", u"Вюсал" },
    { u"Orkhan", u"Orxan", u"Орхан" },
    { u"Tural", u"Tural", u"Турал" },
    { u"Kanan", u"Kənan", u"Кенан" },
    { u"Emin", u"Emin", u"Эмин" },
    { u"Ilgar", u"İlqar", u"Ильгар" },
    { u"Bakhtiyar", u"Bəxtiyar", u"Бахтияр" },
    { u"Sevinj", u"Sevinc", u"Севиндж" },
    { u"Gunel", u"Günel", u"Гюнель" },
    { u"Khadija", u"Xədicə", u"Хадиджа" },
    { u"Fuad", u"Fuad", u"Фуад" },
    { u"Namig", u"Namiq", u"Намик" },
    { u"Yashar", u"Yaşar", u"Яшар" },
    { u"Javid", u"Cavid", u"Джавид" },
    { u"Ruslan", u"Ruslan", u"Руслан" },
    { u"Igbal", u"İqbal", u"Игбал" },
    { u"Zahid", u"Zahid", u"Захид" },
    { u"Nasib", u"Nəsib", u"Насиб" },
    { u"Sahib", u"Sahib", u"Сахиб" },
    { u"Jalal", u"Cəlal", u"Джалал" },
    { u"Ibrahim", u"İbrahim", u"Ибрагим" },
    { u"Ismayil", u"İsmayıl", u"Исмаил" },
    { u"Yusif", u"Yusif", u"Юсиф" },
    { u"Musa", u"Musa", u"Муса" },
    { u"Gulshan", u"Gülşən", u"Гюльшан" },
    { u"Zarifa", u"Zərifə", u"Зарифа" },
};

// Syllables of surnames and place names, with how each script writes them (Russian writes h as г).
constexpr Form syllables[] = {
    { u"ab", u"ab", u"аб" },
    { u"bas", u"bas", u"бас" },
    { u"ali", u"əli", u"али" },
    { u"mam", u"məm", u"мам" },
    { u"mad", u"məd", u"мед" },
    { u"hum", u"hüm", u"гум" },
    { u"mat", u"mət", u"мат" },
    { u"gul", u"gül", u"гюль" },
    { u"kar", u"kar", u"кар" },
    { u"ram", u"ram", u"рам" },
    { u"far", u"fər", u"фар" },
    { u"had", u"həd", u"гад" },
    { u"rus", u"rus", u"рус" },
    { u"tam", u"tam", u"там" },
    { u"nov", u"nov", u"нов" },
    { u"ruz", u"ruz", u"руз" },
    { u"kha", u"xa", u"ха" },
    { u"lil", u"lil", u"лил" },
    { u"sha", u"şa", u"ша" },
    { u"hin", u"hin", u"гин" },
    { u"jav", u"cav", u"джав" },
    { u"dan", u"dan", u"дан" },
    { u"ib", u"ib", u"иб" },
    { u"ra", u"ra", u"ра" },
    { u"him", u"him", u"гим" },
    { u"as", u"as", u"ас" },
    { u"lan", u"lan", u"лан" },
    { u"ka", u"ka", u"ка" },
    { u"ran", u"ran", u"ран" },
    { u"tal", u"tal", u"тал" },
    { u"ysh", u"ış", u"ыш" },
    { u"mugh", u"muğ", u"муг" },
    { u"an", u"an", u"ан" },
    { u"sa", u"sa", u"са" },
    { u"bir", u"bir", u"бир" },
    { u"zar", u"zər", u"зар" },
    { u"dab", u"dab", u"даб" },
    { u"gah", u"gah", u"гах" },
    { u"val", u"vəl", u"вал" },
    { u"ga", u"qa", u"га" },
    { u"sim", u"sım", u"сым" },
    { u"vi", u"vi", u"ви" },
    { u"sul", u"sul", u"сул" },
    { u"tan", u"tan", u"тан" },
    { u"ay", u"ay", u"ай" },
    { u"dyn", u"dın", u"дын" },
    { u"el", u"el", u"эль" },
    { u"vin", u"vin", u"вин" },
    { u"nar", u"nar", u"нар" },
    { u"min", u"min", u"мин" },
    { u"ja", u"ca", u"джа" },
    { u"fa", u"fə", u"фа" },
    { u"rid", u"rid", u"рид" },
    { u"sab", u"sab", u"саб" },
    { u"ir", u"ir", u"ир" },
    { u"ba", u"ba", u"ба" },
    { u"kir", u"kir", u"кир" },
    { u"ta", u"ta", u"та" },
    { u"ush", u"uş", u"уш" },
    { u"gor", u"qor", u"гор" },
};

constexpr Form surnameEndings[] = {
    { u"ov", u"ov", u"ов" },
    { u"ev", u"yev", u"ев" },
    { u"zadeh", u"zadə", u"заде" },
    { u"li", u"li", u"ли" },
    { u"ova", u"ova", u"ова" },
    { u"yeva", u"yeva", u"ева" },
    { u"i", u"i", u"и" },
    { u"lu", u"lu", u"лу" },
};

constexpr Form placeEndings[] = {
    { u"abad", u"abad", u"абад" },
    { u"kend", u"kənd", u"кенд" },
    { u"li", u"li", u"ли" },
    { u"chay", u"çay", u"чай" },
    { u"dara", u"dərə", u"дара" },
    { u"an", u"an", u"ан" },
};

// Real places of the region; some readers write them in Persian script.
struct Place
{
    Form form;
    const char16_t *fa;
};
constexpr Place realPlaces[] = {
    { { u"Lankaran", u"Lənkəran", u"Ленкорань" }, u"لنکران" },
    { { u"Astara", u"Astara", u"Астара" }, u"آستارا" },
    { { u"Lerik", u"Lerik", u"Лерик" }, nullptr },
    { { u"Masally", u"Masallı", u"Масаллы" }, u"ماسالی" },
    { { u"Yardymli", u"Yardımlı", u"Ярдымлы" }, nullptr },
    { { u"Jalilabad", u"Cəlilabad", u"Джалилабад" }, nullptr },
    { { u"Baku", u"Bakı", u"Баку" }, u"باکو" },
    { { u"The Hague", u"Haaqa", u"Гаага" }, nullptr },
    { { u"Ardabil", u"Ərdəbil", u"Ардебиль" }, u"اردبیل" },
    { { u"Talesh", u"Təvalış", u"Талыш" }, u"تالش" },
    { { u"Rasht", u"Rəşt", u"Решт" }, u"رشت" },
    { { u"Fuman", u"Fumən", u"Фуман" }, u"فومن" },
};

constexpr const char16_t *roles[] = { u"activist", u"journalist", u"poet", u"scholar", u"teacher", u"politician",
    u"historian", u"lawyer", u"editor", u"musician", u"linguist", u"writer", u"physician", u"philosopher" };
constexpr const char16_t *orgKinds[] = { u"Cultural Centre", u"Human Rights Committee", u"Language Society",
    u"Youth Union", u"Solidarity Council", u"Research Institute", u"Press Club", u"Diaspora Association" };
constexpr const char16_t *orgKindsAz[] = { u"Mədəniyyət Mərkəzi", u"İnsan Hüquqları Komitəsi", u"Dil Cəmiyyəti",
    u"Gənclər Birliyi", u"Həmrəylik Şurası", u"Tədqiqat İnstitutu", u"Mətbuat Klubu", u"Diaspor Assosiasiyası" };
constexpr const char16_t *eventKinds[]
    = { u"protest", u"conference", u"arrest", u"trial", u"congress", u"festival", u"election", u"declaration" };
constexpr const char16_t *topics[] = { u"language rights", u"autonomy", u"decentralization", u"minority education",
    u"exile", u"assimilation", u"press freedom", u"cultural heritage", u"political prisoners", u"folk music" };

// Prose vocabulary; "Talysh", "movement", "national" and "rights" are frequent on purpose (the common queries).
constexpr const char16_t *subjects[] = { u"The movement", u"The committee", u"The Talysh community", u"The government",
    u"The council", u"Local activists", u"The newspaper", u"The national movement", u"Human rights groups",
    u"The authorities", u"The diaspora", u"Young Talysh activists" };
constexpr const char16_t *verbs[] = { u"organized", u"reported on", u"criticized", u"supported", u"discussed",
    u"published", u"documented", u"protested against", u"called for", u"welcomed", u"investigated", u"recalled" };
constexpr const char16_t *objects[] = { u"the teaching of the Talysh language in schools",
    u"the arrest of several journalists", u"a conference on minority rights", u"the decentralization of power",
    u"the national rights of the Talysh people", u"an appeal to international organizations",
    u"the history of the autonomous republic", u"new restrictions on the press", u"the preservation of folk songs",
    u"regional self-government", u"the release of political prisoners", u"cultural and linguistic freedoms",
    u"a petition to the Council of Europe" };
constexpr const char16_t *tails[] = { u"in the capital", u"despite pressure", u"after long negotiations", u"in exile",
    u"with the support of the UNPO", u"for the first time", u"according to witnesses", u"in several villages" };

template <typename T, std::size_t N> constexpr int count(const T (&)[N])
{
    return int(N);
}

QString str(const char16_t *s)
{
    return QString::fromUtf16(s);
}

QString capitalized(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

QString slug(const QString &s)
{
    QString out;
    for (QChar c : s.toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c;
        else if (!out.endsWith(u'-'))
            out += u'-';
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out;
}

} // namespace

SyntheticBase::SyntheticBase(quint64 seed)
    : m_rng(seed)
    , m_extra(seed ^ 0x5deece66dULL)
{ }

int SyntheticBase::pickExtra(int n)
{
    return int(m_extra() % quint64(n));
}

double SyntheticBase::chanceExtra()
{
    return double(m_extra() % 1000000) / 1000000.0;
}

FuzzyDate SyntheticBase::eventDate(int year)
{
    // Precisions in about the mix a curated base has: mostly days and months, some years, parts of a year, ranges
    // of days or months (a few of years), open periods, "before"/"after", and circa or uncertain ones.
    const QDate day(year, 1 + pickExtra(12), 1 + pickExtra(28));
    const double r = chanceExtra();
    QString edtf;
    if (r < 0.40)
        edtf = day.toString(Qt::ISODate);
    else if (r < 0.65)
        edtf = day.toString(QStringLiteral("yyyy-MM"));
    else if (r < 0.78)
        edtf = QString::number(year);
    else if (r < 0.82)
        edtf = QString::number(year)
            + (pickExtra(3) == 0   ? QStringLiteral("-early")
                    : pickExtra(2) ? QStringLiteral("-mid")
                                   : QStringLiteral("-late"));
    else if (r < 0.92)
        edtf = day.toString(Qt::ISODate) + u'/' + day.addDays(1 + pickExtra(90)).toString(Qt::ISODate);
    else if (r < 0.94)
        edtf = QStringLiteral("%1/%2").arg(year).arg(year + 1 + pickExtra(6));
    else if (r < 0.96)
        edtf = day.toString(Qt::ISODate) + QStringLiteral("/..");
    else if (r < 0.98)
        edtf = pickExtra(2) ? QStringLiteral("[..%1]").arg(year) : QStringLiteral("[%1..]").arg(year);
    else
        edtf = day.toString(QStringLiteral("yyyy-MM")) + (pickExtra(2) ? u'~' : u'?');
    return FuzzyDate::fromEdtf(edtf);
}

FuzzyDate SyntheticBase::lifeDate()
{
    // A person's or an organization's span: from a year, a month or a day, closed or still open.
    const int from = 1900 + pickExtra(110);
    const double r = chanceExtra();
    if (r < 0.4)
        return FuzzyDate::fromEdtf(QStringLiteral("%1/%2").arg(from).arg(from + 20 + pickExtra(70)));
    if (r < 0.7)
        return FuzzyDate::fromEdtf(QStringLiteral("%1/..").arg(from));
    if (r < 0.9)
        return FuzzyDate::fromEdtf(QDate(from, 1 + pickExtra(12), 1 + pickExtra(28)).toString(Qt::ISODate));
    return FuzzyDate::fromEdtf(QStringLiteral("%1~").arg(from));
}

int SyntheticBase::pick(int n)
{
    return int(m_rng() % quint64(n));
}

double SyntheticBase::chance()
{
    return double(m_rng() % 1000000) / 1000000.0;
}

SyntheticBase::Name SyntheticBase::surname(bool rare)
{
    const int parts = rare ? 3 : 2;
    Name n;
    const Form &end = surnameEndings[pick(count(surnameEndings))];
    QString forms[3];
    for (int i = 0; i < parts; ++i) {
        const Form &s = syllables[pick(count(syllables))];
        forms[0] += str(s.en);
        forms[1] += str(s.az);
        forms[2] += str(s.ru);
    }
    n.forms[0] = capitalized(forms[0] + str(end.en));
    n.forms[1] = capitalized(forms[1] + str(end.az));
    n.forms[2] = capitalized(forms[2] + str(end.ru));
    return n;
}

SyntheticBase::Name SyntheticBase::firstName()
{
    const Form &f = firstNames[pick(count(firstNames))];
    return Name { { str(f.en), str(f.az), str(f.ru) } };
}

SyntheticBase::Name SyntheticBase::place()
{
    if (chance() < 0.5) {
        const Place &p = realPlaces[pick(count(realPlaces))];
        return Name { { str(p.form.en), str(p.form.az), str(p.form.ru) } };
    }
    Name n;
    const Form &a = syllables[pick(count(syllables))];
    const Form &b = syllables[pick(count(syllables))];
    const Form &e = placeEndings[pick(count(placeEndings))];
    n.forms[0] = capitalized(str(a.en) + str(b.en) + str(e.en));
    n.forms[1] = capitalized(str(a.az) + str(b.az) + str(e.az));
    n.forms[2] = capitalized(str(a.ru) + str(b.ru) + str(e.ru));
    return n;
}

QString SyntheticBase::link()
{
    if (m_linkable.empty())
        return str(subjects[pick(count(subjects))]);
    const Linkable &l = m_linkable[std::size_t(pick(int(m_linkable.size())))];
    return QStringLiteral("[[%1|%2]]").arg(l.id, l.label);
}

QString SyntheticBase::sentence()
{
    QString subject = chance() < 0.3 ? link() : str(subjects[pick(count(subjects))]);
    QString s = subject + u' ' + str(verbs[pick(count(verbs))]) + u' ' + str(objects[pick(count(objects))]);
    if (chance() < 0.5)
        s += u' ' + str(tails[pick(count(tails))]);
    if (chance() < 0.4)
        s += QStringLiteral(" in %1").arg(1990 + pick(35));
    return s + u'.';
}

Entity SyntheticBase::next()
{
    Entity e;
    const qint64 n = ++m_count;
    const double r = chance();
    const Name where = place();
    if (r < 0.70) {
        const bool rare = chance() < 0.5;
        const Name first = firstName(), last = surname(rare);
        e.kind = EntityKind::Person;
        e.name = first.forms[0] + u' ' + last.forms[0];
        e.aliases = { { first.forms[1] + u' ' + last.forms[1], QStringLiteral("az"), QStringLiteral("Latn") },
            { first.forms[2] + u' ' + last.forms[2], QStringLiteral("ru"), QStringLiteral("Cyrl") } };
        if (chance() < 0.3)
            e.aliases.append({ first.forms[0].left(1) + QStringLiteral(". ") + last.forms[0], QStringLiteral("en"),
                QStringLiteral("Latn") });
        e.summary = QStringLiteral("%1 %2 from %3, member of %4.")
                        .arg(chance() < 0.5 ? QStringLiteral("Talysh") : QStringLiteral("A"),
                            str(roles[pick(count(roles))]), where.forms[0],
                            m_orgNames.empty() ? QStringLiteral("the national movement")
                                               : m_orgNames[std::size_t(pick(int(m_orgNames.size())))]);
        if (rare && m_rareSurnames.size() < 5000)
            m_rareSurnames.push_back(last);
        if (m_people.size() < 5000)
            m_people.emplace_back(first, last);
    } else if (r < 0.78) {
        const int k = pick(count(orgKinds));
        e.kind = EntityKind::Organization;
        e.name = where.forms[0] + u' ' + (chance() < 0.5 ? QStringLiteral("Talysh ") : QString()) + str(orgKinds[k]);
        e.aliases = { { where.forms[1] + u' ' + str(orgKindsAz[k]), QStringLiteral("az"), QStringLiteral("Latn") } };
        e.summary = QStringLiteral("An organization based in %1 that works on %2.")
                        .arg(where.forms[0], str(topics[pick(count(topics))]));
        if (m_orgNames.size() < 2000)
            m_orgNames.push_back(QStringLiteral("the ") + e.name);
    } else if (r < 0.88) {
        e.kind = EntityKind::Place;
        e.name = where.forms[0];
        e.aliases = { { where.forms[1], QStringLiteral("az"), QStringLiteral("Latn") },
            { where.forms[2], QStringLiteral("ru"), QStringLiteral("Cyrl") } };
        for (const Place &p : realPlaces) {
            if (p.fa && str(p.form.en) == where.forms[0])
                e.aliases.append({ str(p.fa), QStringLiteral("fa"), QStringLiteral("Arab") });
        }
        e.summary = QStringLiteral("A %1 in the Talysh region.")
                        .arg(chance() < 0.5 ? QStringLiteral("village") : QStringLiteral("district"));
    } else if (r < 0.96) {
        const int year = 1990 + pick(35);
        e.kind = EntityKind::Event;
        e.name = QStringLiteral("%1 %2 %3").arg(year).arg(where.forms[0], str(eventKinds[pick(count(eventKinds))]));
        e.aliases = { { QStringLiteral("%1 %2").arg(where.forms[2]).arg(year), QStringLiteral("ru"),
            QStringLiteral("Cyrl") } };
        e.summary = QStringLiteral("An event in %1 in %2.").arg(where.forms[0]).arg(year);
        e.setDate(eventDate(year));
    } else {
        e.kind = chance() < 0.5 ? EntityKind::Topic : EntityKind::Goal;
        e.name = capitalized(str(topics[pick(count(topics))])) + QStringLiteral(" in ") + where.forms[0];
        e.summary = QStringLiteral("A recurring theme of the Talysh national movement.");
    }
    QStringList body;
    const int sentences = 3 + pick(3);
    for (int i = 0; i < sentences; ++i)
        body << sentence();
    e.body = body.join(u' ');
    e.id = QStringLiteral("%1/%2-%3").arg(entityKindId(e.kind), slug(e.name)).arg(n);
    // Events are all dated; so are about one in seven people and organizations, a fifth of the base in all.
    if ((e.kind == EntityKind::Person || e.kind == EntityKind::Organization) && chanceExtra() < 0.154)
        e.setDate(lifeDate());
    if (e.kind == EntityKind::Organization && m_orgIds.size() < 20000)
        m_orgIds.push_back(e.id);
    else if (e.kind == EntityKind::Place && m_placeIds.size() < 5000)
        m_placeIds.push_back(e.id);
    else if (e.kind == EntityKind::Person && m_personIds.size() < 50000)
        m_personIds.push_back(e.id);
    m_last = e;
    // Links point backwards only, so every link target exists when the entity is written.
    if (m_linkable.size() < 20000 || chance() < 0.02) {
        Linkable l { e.id, e.name };
        if (m_linkable.size() < 20000)
            m_linkable.push_back(l);
        else
            m_linkable[std::size_t(pick(int(m_linkable.size())))] = l;
    }
    return e;
}

Entity SyntheticBase::nextEvent()
{
    Entity e;
    const qint64 n = ++m_count;
    const Name where = place();
    const int year = 1990 + pick(35);
    e.kind = EntityKind::Event;
    e.name = QStringLiteral("%1 %2 %3").arg(year).arg(where.forms[0], str(eventKinds[pick(count(eventKinds))]));
    e.aliases
        = { { QStringLiteral("%1 %2").arg(where.forms[2]).arg(year), QStringLiteral("ru"), QStringLiteral("Cyrl") } };
    e.summary = QStringLiteral("An event in %1 in %2.").arg(where.forms[0]).arg(year);
    e.body = sentence();
    e.setDate(eventDate(year));
    e.id = QStringLiteral("event/%1-%2").arg(slug(e.name)).arg(n);
    m_last = e;
    return e;
}

QList<Relation> SyntheticBase::relationsOfLast()
{
    QList<Relation> out;
    if (m_last.kind == EntityKind::Person && !m_orgIds.empty() && chanceExtra() < 0.6) {
        Relation r { m_last.id, QStringLiteral("member-of"), m_orgIds[std::size_t(pickExtra(int(m_orgIds.size())))] };
        if (chanceExtra() < 0.3)
            r.from = FuzzyDate::year(1990 + pickExtra(35));
        out << r;
    } else if (m_last.kind == EntityKind::Organization && !m_placeIds.empty()) {
        out << Relation { m_last.id, QStringLiteral("based-in"),
            m_placeIds[std::size_t(pickExtra(int(m_placeIds.size())))] };
    } else if (m_last.kind == EntityKind::Event && !m_placeIds.empty() && chanceExtra() < 0.5) {
        out << Relation { m_last.id, QStringLiteral("located-in"),
            m_placeIds[std::size_t(pickExtra(int(m_placeIds.size())))] };
    }
    return out;
}

Entity SyntheticBase::hub(int members, QList<Relation> *relations)
{
    Entity e;
    const qint64 n = ++m_count;
    ++m_hubs;
    e.kind = EntityKind::Organization;
    e.name = QStringLiteral("Talysh National Congress %1").arg(m_hubs);
    e.summary = QStringLiteral("A large umbrella organization with thousands of members.");
    e.body = QStringLiteral("The congress gathers members from every district.");
    e.setDate(FuzzyDate::fromEdtf(QStringLiteral("1992-08-21/..")));
    e.id = QStringLiteral("organization/talysh-national-congress-%1-%2").arg(m_hubs).arg(n);
    // Members drawn without repeats from the people generated so far; a few of them head it or founded it, and
    // the congress itself is based in places and organized events, so the graph has several kinds of relation.
    std::vector<QString> people = m_personIds;
    for (std::size_t i = 0; i + 1 < people.size(); ++i)
        std::swap(people[i], people[i + std::size_t(pickExtra(int(people.size() - i)))]);
    const int taken = std::min<int>(members, int(people.size()));
    for (int i = 0; i < taken; ++i) {
        const QString &who = people[std::size_t(i)];
        const double r = chanceExtra();
        Relation rel { who,
            r < 0.004       ? QStringLiteral("founded")
                : r < 0.006 ? QStringLiteral("heads")
                            : QStringLiteral("member-of"),
            e.id };
        if (chanceExtra() < 0.2)
            rel.from = FuzzyDate::year(1992 + pickExtra(30));
        relations->append(rel);
    }
    for (int i = 0; i < 3 && !m_placeIds.empty(); ++i)
        relations->append(
            Relation { e.id, QStringLiteral("based-in"), m_placeIds[std::size_t(pickExtra(int(m_placeIds.size())))] });
    m_last = e;
    return e;
}

SourceDocument SyntheticBase::nextSource()
{
    SourceDocument d;
    const qint64 n = ++m_sources;
    d.id = QStringLiteral("source/report-%1").arg(n);
    d.title = QStringLiteral("Report %1 on the Talysh national movement").arg(n);
    d.origin = QStringLiteral("synthetic");
    const QStringList titles = { QString(), QStringLiteral("History"), QStringLiteral("Goals"),
        QStringLiteral("Problems"), QStringLiteral("People") };
    for (qsizetype i = 0; i < titles.size(); ++i) {
        QStringList text;
        for (int j = 0; j < 8; ++j)
            text << sentence();
        d.sections.append(Section { i == 0 ? QStringLiteral("lead") : slug(titles[i]), titles[i], text.join(u' ') });
    }
    return d;
}

QStringList SyntheticBase::rareNames(int n)
{
    QStringList out;
    for (int i = 0; i < n && !m_rareSurnames.empty(); ++i)
        out << m_rareSurnames[std::size_t(pick(int(m_rareSurnames.size())))].forms[pick(3)];
    return out;
}

QStringList SyntheticBase::fullNames(int n)
{
    QStringList out;
    for (int i = 0; i < n && !m_people.empty(); ++i) {
        const auto &[first, last] = m_people[std::size_t(pick(int(m_people.size())))];
        const int script = pick(3);
        out << first.forms[script] + u' ' + last.forms[script];
    }
    return out;
}

QStringList SyntheticBase::commonWords() const
{
    return { QStringLiteral("Talysh"), QStringLiteral("movement"), QStringLiteral("national"), QStringLiteral("rights"),
        QStringLiteral("language"), QStringLiteral("republic"), QStringLiteral("activists"), QStringLiteral("Талыш"),
        QStringLiteral("Talish"), QStringLiteral("journalist") };
}

QStringList SyntheticBase::prefixes(int length, int n)
{
    QStringList out;
    for (int i = 0; i < n && !m_people.empty(); ++i) {
        const auto &[first, last] = m_people[std::size_t(pick(int(m_people.size())))];
        const QString &word = (i % 2 ? first : last).forms[pick(3)];
        out << word.left(length);
    }
    return out;
}

QStringList SyntheticBase::misspellings(int n)
{
    QStringList out;
    for (const QString &name : rareNames(n)) {
        QString s = name;
        const int at = 1 + pick(int(s.size()) - 2);
        switch (pick(4)) {
        case 0:
            s.remove(at, 1);
            break; // dropped letter
        case 1:
            s.insert(at, s.at(at));
            break; // doubled letter
        case 2:
            std::swap(s[at], s[at + 1]);
            break; // swapped letters
        default:
            s[at] = s.at(at) == u'a' ? u'e' : u'a';
            break; // wrong vowel
        }
        out << s;
    }
    return out;
}

} // namespace tkb::bench
