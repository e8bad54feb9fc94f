// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/document/articlesource.h>
#include <core/document/namedappendix.h>
#include <core/document/pagebuilder.h>
#include <core/export/exportcomposer.h>
#include <core/export/printpagewriter.h>
#include <core/store/knowledgebase.h>

#include <QRegularExpression>

namespace tkb {

ExportComposer::ExportComposer(const KnowledgeBase &kb, const ExportOptions &options)
    : m_kb(kb)
    , m_options(options)
{ }

QString ExportComposer::escape(const QString &text)
{
    static const QRegularExpression arabicRun(QStringLiteral(
        "([\\x{0600}-\\x{06FF}\\x{0750}-\\x{077F}\\x{08A0}-\\x{08FF}\\x{FB50}-\\x{FDFF}\\x{FE70}-\\x{FEFF}]+"
        "(?:[\\s\\x{200C}\\x{200D}\\x{200E}\\x{200F}\\x{00AB}\\x{00BB}.،:؛]+[\\x{0600}-\\x{06FF}\\x{0750}-\\x{077F}\\x{"
        "08A0}-\\x{08FF}\\x{FB50}-\\x{FDFF}\\x{FE70}-\\x{FEFF}]+)*)"));
    QString escaped = text.toHtmlEscaped();
    // Control characters would show as boxes; the snippet marks are handled before escaping.
    for (QChar &c : escaped) {
        if (c.unicode() < 0x20 && c != u'\n' && c != u'\t')
            c = u' ';
        if (c.unicode() >= 0xE000 && c.unicode() <= 0xE002)
            c = QChar::ReplacementCharacter;
    }
    if (!escaped.contains(arabicRun))
        return escaped;
    const QString family = fontFamilies(true).constFirst();
    escaped.replace(arabicRun, QStringLiteral("<span style=\"font-family:'%1'\">\\1</span>").arg(family));
    return escaped;
}

QStringList ExportComposer::fontFamilies(bool arabicScript)
{
    // DejaVu Sans has Latin with ə, Cyrillic and Greek; Vazirmatn is made for Persian. Noto fills gaps.
    if (arabicScript)
        return { QStringLiteral("Vazirmatn"), QStringLiteral("Noto Sans Arabic"), QStringLiteral("DejaVu Sans"),
            QStringLiteral("Noto Sans") };
    return { QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"), QStringLiteral("Vazirmatn"),
        QStringLiteral("Noto Sans Arabic") };
}

QString ExportComposer::anchorName(const QString &entityId)
{
    QString a = QStringLiteral("e-");
    for (QChar c : entityId) {
        if (c == u'/')
            a += u'-';
        else if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-'
            || c == u'_' || c == u'.')
            a += c;
        else
            a += QStringLiteral("_%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
    }
    return a;
}

ExportResult ExportComposer::compose(
    const ExportSection &section, ExportDocument *out, const ExportProgress &progress) const
{
    PageBuilder builder(&m_kb, m_options.locale);
    builder.setExportedAt(m_options.exportedAt);
    int done = 0;
    int total = 0;
    builder.setStep([&] {
        ++done;
        return !progress || progress(done, std::max(total, done));
    });
    const auto cancelled
        = [] { return ExportResult::failure(ExportResult::Status::Cancelled, tr("The export was cancelled.")); };

    PageDocument page;
    switch (section.kind) {
    case ExportSection::Kind::Entity: {
        const auto e = m_kb.entity(section.entityId);
        if (!e)
            return ExportResult::failure(ExportResult::Status::NotFound,
                tr("There is no entry “%1” in this knowledge base.").arg(section.entityId));
        total = 1;
        page = builder.entity(*e, m_kb.relations(e->id), m_kb.backlinks(e->id));
        if (progress && !progress(++done, std::max(total, done)))
            return cancelled();
        break;
    }
    case ExportSection::Kind::Article: {
        const auto src = ArticleSource::find(&m_kb, section.sourceId);
        if (!src)
            return ExportResult::failure(ExportResult::Status::NotFound, tr("This knowledge base holds no article."));
        total = section.articleSection.isEmpty() ? int(src->sections.size()) : 1;
        page = builder.article(*src, section.articleSection);
        if (!page.notFound.isEmpty())
            return ExportResult::failure(ExportResult::Status::NotFound, page.notFound);
        break;
    }
    case ExportSection::Kind::Timeline: {
        const QList<EntityRef> events = m_kb.events(true);
        total = int(events.size());
        page = builder.timeline(events);
        break;
    }
    case ExportSection::Kind::List: {
        const QList<EntityRef> refs = m_kb.entities(section.entityKind, {}, 0, -1, true);
        total = int(refs.size());
        const QString what = section.entityKind ? entityKindPluralName(*section.entityKind) : tr("All entries");
        page = builder.list(what, refs, !section.entityKind);
        break;
    }
    case ExportSection::Kind::Search:
        total = 1;
        page = builder.search(section.query, section.entityKind);
        break;
    }
    if (builder.cancelled())
        return cancelled();
    if (m_options.includeLinkedSummaries) {
        total = done + 1;
        bool stopped = false;
        NamedAppendix::add(&m_kb, m_options.locale, &page, [&] {
            ++done;
            stopped = progress && !progress(done, std::max(total, done));
            return !stopped;
        });
        if (stopped)
            return cancelled();
    }
    ExportDocument doc;
    doc.title = page.title;
    doc.subject = page.subject;
    doc.keywords = page.keywords;
    doc.html = PrintPageWriter::html(page, m_options);
    doc.rightToLeft = m_options.rightToLeft;
    doc.noteCount = m_options.includeCitations ? page.noteCount : 0;
    doc.namedCount = page.namedCount;
    *out = doc;
    return {};
}

} // namespace tkb
