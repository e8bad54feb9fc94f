// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/document/claimruns.h>
#include <core/document/pagelabels.h>
#include <core/store/knowledgebase.h>
#include <ui/history/documentlines.h>

namespace tkb {

namespace {

const QString indent = QStringLiteral("    ");

// What comes from the base (names, values, quotations, codes) is isolated (FSI … PDI): a Latin value in a Persian
// line, or a Persian one in a Latin line, keeps its own order and does not drag the label's punctuation across.
QString iso(const QString &s)
{
    return s.isEmpty() ? s : QChar(0x2068) + s + QChar(0x2069);
}

class Writer
{
    Q_DECLARE_TR_FUNCTIONS(tkb::DocumentLines)
public:
    Writer(const KnowledgeBase *kb, const QLocale &locale)
        : m_kb(kb)
        , m_locale(locale)
        , m_claims(kb, {}, nullptr)
    { }

    QStringList out;

    QString name(const QString &id) const
    {
        const QString n = m_kb ? m_kb->name(id) : QString();
        return n.isEmpty() || n == id ? iso(id) : QStringLiteral("%1 [%2]").arg(iso(n), iso(id));
    }

    /// A text field: its first line after the label, the others indented below it.
    void text(const QString &label, const QString &value)
    {
        if (value.isEmpty())
            return;
        const QStringList parts = value.split(u'\n');
        out << label + QStringLiteral(": ") + iso(parts.first());
        for (qsizetype i = 1; i < parts.size(); ++i) {
            if (!parts[i].trimmed().isEmpty())
                out << indent + iso(parts[i]);
        }
    }

    /// " (1993 – 1995 · reported · according to X · note)" as plain words.
    QString qualifiers(const Qualifiers &q, const QString &lead = {}) const
    {
        QString s;
        for (const PageRun &run : m_claims.qualifiers(q, lead))
            s += run.text;
        return s;
    }

    void citations(const QList<Citation> &list)
    {
        for (const Citation &c : list) {
            const QString section = c.section.isEmpty() ? tr("lead") : iso(c.section);
            out << indent + tr("cites %1, %2: “%3”").arg(name(c.source), section, iso(c.sentence));
        }
    }

    QString date(const FuzzyDate &d) const
    {
        if (!d.isValid())
            return {};
        const QString words = PageLabels::date(d, m_locale);
        return words.isEmpty() || words == d.edtf() ? iso(d.edtf())
                                                    : QStringLiteral("%1 — %2").arg(iso(d.edtf()), words);
    }

    QString period(const FuzzyDate &from, const FuzzyDate &to) const
    {
        QStringList edtf;
        if (from.isValid() || to.isValid())
            edtf << (from.isValid() ? from.edtf() : QStringLiteral("..")) + u'/'
                    + (to.isValid() ? to.edtf() : QStringLiteral(".."));
        const QString words = PageLabels::period(from, to, m_locale);
        if (edtf.isEmpty())
            return {};
        return words.isEmpty() ? iso(edtf.first()) : QStringLiteral("%1 — %2").arg(iso(edtf.first()), words);
    }

    void entity(const Entity &e)
    {
        out << tr("Kind: %1").arg(entityKindName(e.kind));
        out << tr("Name: %1").arg(iso(e.name));
        for (const Alias &a : e.aliases) {
            QStringList words;
            if (!a.language.isEmpty())
                words << a.language;
            if (!a.script.isEmpty())
                words << a.script;
            // The words the page shows and the codes behind them, so a changed code shows too.
            const QString note = PageLabels::aliasNote(a);
            const QString codes = iso(words.join(u'-'));
            const QString lead = note.isEmpty() ? codes : QStringLiteral("%1 [%2]").arg(note, codes);
            out << tr("Alias: %1").arg(iso(a.text)) + qualifiers(a.qualifiers, lead);
            citations(a.citations);
        }
        text(tr("Summary"), e.summary);
        text(tr("Body"), e.body);
        for (const Attribute &a : e.attributes) {
            out << tr("Attribute “%1”: %2").arg(iso(a.key), iso(a.value))
                    + qualifiers(a.qualifiers, period(a.from, a.to));
            citations(a.citations);
        }
        for (const DateClaim &d : e.dates) {
            out << tr("Date: %1").arg(date(d.date)) + qualifiers(d.qualifiers);
            if (!d.date.text().isEmpty())
                out << indent + tr("in the source’s words: “%1”").arg(iso(d.date.text()));
            citations(d.citations);
        }
        if (!e.citations.isEmpty())
            out << tr("Sources: %n", nullptr, int(e.citations.size()));
        citations(e.citations);
    }

    void relations(const QList<Relation> &list)
    {
        for (const Relation &r : list) {
            out << tr("Relation: %1 → %2").arg(PageLabels::relation(r.predicate, false), name(r.object))
                    + qualifiers(r.qualifiers, period(r.from, r.to));
            citations(r.citations);
        }
    }

    void source(const SourceDocument &s)
    {
        text(tr("Title"), s.title);
        text(tr("Author"), s.author);
        text(tr("Publisher"), s.publisher);
        text(tr("Published"), date(s.date));
        text(tr("Web address"), s.url);
        text(tr("File"), s.file);
        text(tr("Language"), s.language.isEmpty() ? QString() : PageLabels::language(s.language));
        for (const Attribute &a : s.infobox)
            out << tr("Infobox “%1”: %2").arg(iso(a.key), iso(a.value));
        for (const Section &sec : s.sections)
            text(tr("Section “%1”").arg(sec.title.isEmpty() ? tr("lead") : iso(sec.title)), sec.text);
    }

private:
    const KnowledgeBase *m_kb;
    QLocale m_locale;
    ClaimRuns m_claims;
};

} // namespace

QStringList DocumentLines::lines(
    const std::optional<EntityDocument> &doc, const KnowledgeBase *kb, const QLocale &locale, bool tombstone)
{
    if (!doc)
        return { tombstone ? tr("(deleted)") : tr("(did not exist)") };
    Writer w(kb, locale);
    w.entity(doc->entity);
    w.relations(doc->relations);
    if (doc->source)
        w.source(*doc->source);
    return w.out;
}

QStringList DocumentLines::fromText(const QString &text, const KnowledgeBase *kb, const QLocale &locale, bool tombstone)
{
    if (text.isNull())
        return lines(std::nullopt, kb, locale, tombstone);
    QString error;
    const std::optional<EntityDocument> doc = EntityDocument::fromText(text, &error);
    if (!doc)
        return { tr("(this revision cannot be read: %1)").arg(error) };
    return lines(doc, kb, locale, false);
}

} // namespace tkb
