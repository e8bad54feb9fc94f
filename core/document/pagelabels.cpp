// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/document/pagelabels.h>
#include <core/document/pagetext.h>

#include <QHash>

namespace tkb {

namespace {

struct PredicateLabels
{
    const char *forward;
    const char *inverse;
};

const QHash<QString, PredicateLabels> &predicateLabels()
{
    static const QHash<QString, PredicateLabels> labels {
        { QStringLiteral("advocates"),
            { QT_TRANSLATE_NOOP("tkb::PageLabels", "advocates"),
                QT_TRANSLATE_NOOP("tkb::PageLabels", "advocated by") } },
        { QStringLiteral("based-in"),
            { QT_TRANSLATE_NOOP("tkb::PageLabels", "based in"), QT_TRANSLATE_NOOP("tkb::PageLabels", "base of") } },
        { QStringLiteral("board-member-of"),
            { QT_TRANSLATE_NOOP("tkb::PageLabels", "board member of"),
                QT_TRANSLATE_NOOP("tkb::PageLabels", "board member") } },
        { QStringLiteral("chairman-of"),
            { QT_TRANSLATE_NOOP("tkb::PageLabels", "chairman of"), QT_TRANSLATE_NOOP("tkb::PageLabels", "chairman") } },
        { QStringLiteral("concerns"),
            { QT_TRANSLATE_NOOP("tkb::PageLabels", "concerns"), QT_TRANSLATE_NOOP("tkb::PageLabels", "subject of") } },
        { QStringLiteral("detained-by"),
            { QT_TRANSLATE_NOOP("tkb::PageLabels", "detained by"), QT_TRANSLATE_NOOP("tkb::PageLabels", "detained") } },
        { QStringLiteral("emigrated-to"),
            { QT_TRANSLATE_NOOP("tkb::PageLabels", "emigrated to"),
                QT_TRANSLATE_NOOP("tkb::PageLabels", "emigration destination of") } },
        { QStringLiteral("expelled-from"),
            { QT_TRANSLATE_NOOP("tkb::PageLabels", "expelled from"),
                QT_TRANSLATE_NOOP("tkb::PageLabels", "expelled") } },
        { QStringLiteral("extradited-to"),
            { QT_TRANSLATE_NOOP("tkb::PageLabels", "extradited to"),
                QT_TRANSLATE_NOOP("tkb::PageLabels", "extradition destination of") } },
        { QStringLiteral("founded"),
            { QT_TRANSLATE_NOOP("tkb::PageLabels", "founded"), QT_TRANSLATE_NOOP("tkb::PageLabels", "founded by") } },
        { QStringLiteral("founded-in"),
            { QT_TRANSLATE_NOOP("tkb::PageLabels", "founded in"),
                QT_TRANSLATE_NOOP("tkb::PageLabels", "place of founding of") } },
        { QStringLiteral("headquartered-in"),
            { QT_TRANSLATE_NOOP("tkb::PageLabels", "headquartered in"),
                QT_TRANSLATE_NOOP("tkb::PageLabels", "headquarters of") } },
        { QStringLiteral("heads"),
            { QT_TRANSLATE_NOOP("tkb::PageLabels", "heads"), QT_TRANSLATE_NOOP("tkb::PageLabels", "headed by") } },
        { QStringLiteral("joined"),
            { QT_TRANSLATE_NOOP("tkb::PageLabels", "joined"), QT_TRANSLATE_NOOP("tkb::PageLabels", "joined by") } },
        { QStringLiteral("located-in"),
            { QT_TRANSLATE_NOOP("tkb::PageLabels", "located in"),
                QT_TRANSLATE_NOOP("tkb::PageLabels", "location of") } },
        { QStringLiteral("member-of"),
            { QT_TRANSLATE_NOOP("tkb::PageLabels", "member of"), QT_TRANSLATE_NOOP("tkb::PageLabels", "member") } },
        { QStringLiteral("membership-terminated"),
            { QT_TRANSLATE_NOOP("tkb::PageLabels", "membership terminated in"),
                QT_TRANSLATE_NOOP("tkb::PageLabels", "terminated the membership of") } },
        { QStringLiteral("opened"),
            { QT_TRANSLATE_NOOP("tkb::PageLabels", "opened"), QT_TRANSLATE_NOOP("tkb::PageLabels", "opened by") } },
        { QStringLiteral("organized"),
            { QT_TRANSLATE_NOOP("tkb::PageLabels", "organized"),
                QT_TRANSLATE_NOOP("tkb::PageLabels", "organized by") } },
        { QStringLiteral("part-of"),
            { QT_TRANSLATE_NOOP("tkb::PageLabels", "part of"), QT_TRANSLATE_NOOP("tkb::PageLabels", "has part") } },
        { QStringLiteral("participated-in"),
            { QT_TRANSLATE_NOOP("tkb::PageLabels", "participated in"),
                QT_TRANSLATE_NOOP("tkb::PageLabels", "participant") } },
        { QStringLiteral("president-of"),
            { QT_TRANSLATE_NOOP("tkb::PageLabels", "president of"),
                QT_TRANSLATE_NOOP("tkb::PageLabels", "president") } },
        { QStringLiteral("readmitted-to"),
            { QT_TRANSLATE_NOOP("tkb::PageLabels", "re-admitted to"),
                QT_TRANSLATE_NOOP("tkb::PageLabels", "re-admitted") } },
        { QStringLiteral("reported-on"),
            { QT_TRANSLATE_NOOP("tkb::PageLabels", "reported on"),
                QT_TRANSLATE_NOOP("tkb::PageLabels", "reported by") } },
    };
    return labels;
}

} // namespace

QString PageLabels::relation(const QString &predicate, bool inverse)
{
    const auto &labels = predicateLabels();
    const auto it = labels.constFind(predicate);
    if (it != labels.cend())
        return QCoreApplication::translate("tkb::PageLabels", inverse ? it->inverse : it->forward);
    QString readable = predicate;
    readable.replace(u'-', u' ');
    return inverse ? tr("%1 (reverse)").arg(readable) : readable;
}

QString PageLabels::attribute(const QString &key)
{
    static const QHash<QString, const char *> labels {
        { QStringLiteral("abbreviation"), QT_TRANSLATE_NOOP("tkb::PageLabels", "Abbreviation") },
        { QStringLiteral("area"), QT_TRANSLATE_NOOP("tkb::PageLabels", "Area") },
        { QStringLiteral("author"), QT_TRANSLATE_NOOP("tkb::PageLabels", "Author") },
        { QStringLiteral("born"), QT_TRANSLATE_NOOP("tkb::PageLabels", "Born") },
        { QStringLiteral("capital"), QT_TRANSLATE_NOOP("tkb::PageLabels", "Capital") },
        { QStringLiteral("chairman"), QT_TRANSLATE_NOOP("tkb::PageLabels", "Chairman") },
        { QStringLiteral("citizenship"), QT_TRANSLATE_NOOP("tkb::PageLabels", "Citizenship") },
        { QStringLiteral("colorcode"), QT_TRANSLATE_NOOP("tkb::PageLabels", "Colour code") },
        { QStringLiteral("colour code"), QT_TRANSLATE_NOOP("tkb::PageLabels", "Colour code") },
        { QStringLiteral("color code"), QT_TRANSLATE_NOOP("tkb::PageLabels", "Colour code") },
        { QStringLiteral("country"), QT_TRANSLATE_NOOP("tkb::PageLabels", "Country") },
        { QStringLiteral("died"), QT_TRANSLATE_NOOP("tkb::PageLabels", "Died") },
        { QStringLiteral("dissolved"), QT_TRANSLATE_NOOP("tkb::PageLabels", "Dissolved") },
        { QStringLiteral("formed"), QT_TRANSLATE_NOOP("tkb::PageLabels", "Formed") },
        { QStringLiteral("founded"), QT_TRANSLATE_NOOP("tkb::PageLabels", "Founded") },
        { QStringLiteral("founder"), QT_TRANSLATE_NOOP("tkb::PageLabels", "Founder") },
        { QStringLiteral("governing body"), QT_TRANSLATE_NOOP("tkb::PageLabels", "Governing body") },
        { QStringLiteral("headquarters"), QT_TRANSLATE_NOOP("tkb::PageLabels", "Headquarters") },
        { QStringLiteral("ideology"), QT_TRANSLATE_NOOP("tkb::PageLabels", "Ideology") },
        { QStringLiteral("language"), QT_TRANSLATE_NOOP("tkb::PageLabels", "Language") },
        { QStringLiteral("leader"), QT_TRANSLATE_NOOP("tkb::PageLabels", "Leader") },
        { QStringLiteral("location"), QT_TRANSLATE_NOOP("tkb::PageLabels", "Location") },
        { QStringLiteral("logo"), QT_TRANSLATE_NOOP("tkb::PageLabels", "Logo") },
        { QStringLiteral("members"), QT_TRANSLATE_NOOP("tkb::PageLabels", "Members") },
        { QStringLiteral("nationality"), QT_TRANSLATE_NOOP("tkb::PageLabels", "Nationality") },
        { QStringLiteral("occupation"), QT_TRANSLATE_NOOP("tkb::PageLabels", "Occupation") },
        { QStringLiteral("party"), QT_TRANSLATE_NOOP("tkb::PageLabels", "Party") },
        { QStringLiteral("place of birth"), QT_TRANSLATE_NOOP("tkb::PageLabels", "Place of birth") },
        { QStringLiteral("population"), QT_TRANSLATE_NOOP("tkb::PageLabels", "Population") },
        { QStringLiteral("position"), QT_TRANSLATE_NOOP("tkb::PageLabels", "Position") },
        { QStringLiteral("president"), QT_TRANSLATE_NOOP("tkb::PageLabels", "President") },
        { QStringLiteral("purpose"), QT_TRANSLATE_NOOP("tkb::PageLabels", "Purpose") },
        { QStringLiteral("region"), QT_TRANSLATE_NOOP("tkb::PageLabels", "Region") },
        { QStringLiteral("role"), QT_TRANSLATE_NOOP("tkb::PageLabels", "Role") },
        { QStringLiteral("size"), QT_TRANSLATE_NOOP("tkb::PageLabels", "Size") },
        { QStringLiteral("status"), QT_TRANSLATE_NOOP("tkb::PageLabels", "Status") },
        { QStringLiteral("type"), QT_TRANSLATE_NOOP("tkb::PageLabels", "Type") },
        { QStringLiteral("website"), QT_TRANSLATE_NOOP("tkb::PageLabels", "Website") },
    };
    // Keys are the base's own words: "Founded", "founded" and "country2" (a second country line of an infobox)
    // name the same thing.
    QString known = key.trimmed().toLower();
    known.replace(u'_', u' ');
    while (!known.isEmpty() && known.back().isDigit())
        known.chop(1);
    if (const char *l = labels.value(known))
        return QCoreApplication::translate("tkb::PageLabels", l);
    return PageText::capitalized(key);
}

QString PageLabels::language(const QString &code)
{
    static const QHash<QString, const char *> names {
        { QStringLiteral("az"), QT_TRANSLATE_NOOP("tkb::PageLabels", "Azerbaijani") },
        { QStringLiteral("ru"), QT_TRANSLATE_NOOP("tkb::PageLabels", "Russian") },
        { QStringLiteral("en"), QT_TRANSLATE_NOOP("tkb::PageLabels", "English") },
        { QStringLiteral("fa"), QT_TRANSLATE_NOOP("tkb::PageLabels", "Persian") },
        { QStringLiteral("tly"), QT_TRANSLATE_NOOP("tkb::PageLabels", "Talysh") },
        { QStringLiteral("nl"), QT_TRANSLATE_NOOP("tkb::PageLabels", "Dutch") },
        { QStringLiteral("tr"), QT_TRANSLATE_NOOP("tkb::PageLabels", "Turkish") },
        { QStringLiteral("de"), QT_TRANSLATE_NOOP("tkb::PageLabels", "German") },
        { QStringLiteral("fr"), QT_TRANSLATE_NOOP("tkb::PageLabels", "French") },
    };
    // "und" is the tag for "language not known": nothing worth saying.
    if (code.isEmpty() || code == u"und")
        return {};
    if (const char *n = names.value(code))
        return QCoreApplication::translate("tkb::PageLabels", n);
    const QLocale l(code);
    return l.language() == QLocale::C ? code : QLocale::languageToString(l.language());
}

QString PageLabels::script(const QString &code)
{
    static const QHash<QString, const char *> names {
        { QStringLiteral("Latn"), QT_TRANSLATE_NOOP("tkb::PageLabels", "Latin") },
        { QStringLiteral("Cyrl"), QT_TRANSLATE_NOOP("tkb::PageLabels", "Cyrillic") },
        { QStringLiteral("Arab"), QT_TRANSLATE_NOOP("tkb::PageLabels", "Arabic script") },
        { QStringLiteral("Armn"), QT_TRANSLATE_NOOP("tkb::PageLabels", "Armenian") },
        { QStringLiteral("Geor"), QT_TRANSLATE_NOOP("tkb::PageLabels", "Georgian") },
    };
    if (code.isEmpty())
        return {};
    if (const char *n = names.value(code))
        return QCoreApplication::translate("tkb::PageLabels", n);
    return code;
}

QString PageLabels::aliasNote(const Alias &alias)
{
    QStringList about;
    if (const QString l = language(alias.language); !l.isEmpty())
        about << l;
    if (const QString s = script(alias.script); !s.isEmpty())
        about << s;
    return about.join(QStringLiteral(", "));
}

QString PageLabels::date(const FuzzyDate &date, const QLocale &locale)
{
    return date.isValid() ? date.toDisplayString(locale) : QString();
}

QString PageLabels::period(const FuzzyDate &from, const FuzzyDate &to, const QLocale &locale)
{
    const QString f = date(from, locale);
    const QString t = date(to, locale);
    // An open range already says its side: "from 29 June 2014", "until 2008".
    if (t.isEmpty() && from.hasOpenEnd())
        return f;
    if (f.isEmpty() && to.hasOpenStart())
        return t;
    // "from after 2004" or "from 1993 – 1995" would misread: such a side is named, not joined.
    const auto point = [](const FuzzyDate &d) {
        return !d.isValid() || (d.precision() != FuzzyDate::Precision::Range && d.bound() == FuzzyDate::Bound::Exact);
    };
    if (!point(from) || !point(to)) {
        if (!f.isEmpty() && !t.isEmpty())
            return tr("began %1, ended %2", "a period whose start or end is itself uncertain: after 2004, 1993 – 1995")
                .arg(f, t);
        if (!f.isEmpty())
            return tr("began %1", "a period's start that is itself uncertain: after 2004, 1993 – 1995").arg(f);
        return tr("ended %1", "a period's end that is itself uncertain: before 2010").arg(t);
    }
    if (!f.isEmpty() && !t.isEmpty())
        return tr("%1 – %2").arg(f, t);
    if (!f.isEmpty())
        return tr("from %1").arg(f);
    if (!t.isEmpty())
        return tr("until %1").arg(t);
    return {};
}

QString PageLabels::former(const QString &relationLabel)
{
    return tr("%1 (former)", "a relation that held once and no longer does; the end is not known").arg(relationLabel);
}

} // namespace tkb
