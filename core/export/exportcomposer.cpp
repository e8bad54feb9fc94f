#include <core/export/exportcomposer.h>
#include <core/model/wikilink.h>
#include <core/search/searchindex.h>
#include <core/store/knowledgebase.h>

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace tkb {

namespace {

// Links are written as placeholders while composing, because whether a name can link inside the PDF is known
// only at the end (when the appendix of named entities is settled). Private-use characters never occur in
// escaped knowledge-base text, so they cannot be forged by it.
constexpr QChar kLinkOpen(0xE000);
constexpr QChar kLinkMid(0xE001);
constexpr QChar kLinkClose(0xE002);

QString productName()
{
    return QStringLiteral("Talysh KB");
}

QString noteAnchor(int n)
{
    return QStringLiteral("note-%1").arg(n);
}

QString humanPredicate(QString predicate)
{
    return predicate.replace(u'-', u' ');
}

QString capitalized(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

/// Everything one compose() call accumulates.
class Builder
{
    Q_DECLARE_TR_FUNCTIONS(tkb::ExportComposer)
public:
    Builder(const KnowledgeBase &kb, const ExportOptions &options, const ExportProgress &progress)
        : kb(kb)
        , options(options)
        , progress(progress)
    { }

    const KnowledgeBase &kb;
    const ExportOptions &options;
    const ExportProgress &progress;
    QString html;
    QStringList linked; // ids named in the document, in order of first mention
    QSet<QString> linkedSet;
    QSet<QString> primary; // ids that have their own place in the body (anchors)
    QStringList noteKeys;
    QStringList notes; // HTML of each endnote
    QHash<QString, QString> sourceTitles;
    int done = 0;
    int total = 0;
    bool cancelled = false;

    bool step()
    {
        ++done;
        if (progress && !cancelled && !progress(done, std::max(total, done)))
            cancelled = true;
        return !cancelled;
    }

    QString link(const QString &id, const QString &labelHtml, bool collect = true)
    {
        if (collect && !linkedSet.contains(id)) {
            linkedSet.insert(id);
            linked.append(id);
        }
        return kLinkOpen + id + kLinkMid + labelHtml + kLinkClose;
    }

    QString anchored(const QString &id, const QString &labelHtml)
    {
        primary.insert(id);
        return QStringLiteral("<a name=\"%1\">%2</a>").arg(ExportComposer::anchorName(id), labelHtml);
    }

    /// One line of [[id|label]] markup as inline HTML.
    QString inlineText(const QString &markup, bool collect = true)
    {
        QString out;
        qsizetype pos = 0;
        const QList<WikiLink> links = WikiLink::parse(markup);
        for (const WikiLink &l : links) {
            out += ExportComposer::escape(markup.mid(pos, l.position - pos));
            out += link(l.target, ExportComposer::escape(l.label), collect);
            pos = l.position + l.length;
        }
        out += ExportComposer::escape(markup.mid(pos));
        return out;
    }

    /// Markdown-ish prose: every line a paragraph, "- " and "* " lines a bulleted list, "#" lines headings.
    QString blocks(const QString &markup, const QString &tail = {})
    {
        QString out;
        bool inList = false;
        const QStringList lines = markup.split(u'\n');
        QStringList parts;
        for (const QString &raw : lines) {
            const QString line = raw.trimmed();
            const bool item = line.startsWith(QLatin1String("- ")) || line.startsWith(QLatin1String("* "));
            if (inList && !item) {
                parts.last() += QStringLiteral("</ul>");
                inList = false;
            }
            if (line.isEmpty())
                continue;
            if (item) {
                if (!inList)
                    parts << QStringLiteral("<ul>");
                parts.last() += QStringLiteral("<li>%1</li>").arg(inlineText(line.mid(2).trimmed()));
                inList = true;
            } else if (line.startsWith(u'#')) {
                static const QRegularExpression heading(QStringLiteral("^#+\\s*"));
                parts << QStringLiteral("<h3>%1</h3>").arg(inlineText(QString(line).remove(heading)));
            } else {
                parts << QStringLiteral("<p>%1</p>").arg(inlineText(line));
            }
        }
        if (inList)
            parts.last() += QStringLiteral("</ul>");
        out = parts.join(QString());
        if (!tail.isEmpty()) {
            // The marker goes at the end of the last paragraph or list item, not on a line of its own.
            const qsizetype at
                = std::max(out.lastIndexOf(QLatin1String("</p>")), out.lastIndexOf(QLatin1String("</li>")));
            if (at >= 0)
                out.insert(at, tail);
            else
                out += QStringLiteral("<p>%1</p>").arg(tail);
        }
        return out;
    }

    QString sourceTitle(const QString &id)
    {
        auto it = sourceTitles.constFind(id);
        if (it != sourceTitles.constEnd())
            return *it;
        QString title;
        if (const auto s = kb.source(id))
            title = s->title;
        if (title.isEmpty())
            title = kb.name(id);
        if (title.isEmpty())
            title = id;
        sourceTitles.insert(id, title);
        return title;
    }

    QString sectionLabel(const QString &section) const
    {
        if (section.isEmpty())
            return tr("introduction");
        if (section == u"Infobox")
            return tr("infobox");
        return section;
    }

    /// The endnote number for a note, adding it on first use.
    int note(const QString &key, const QString &noteHtml)
    {
        const qsizetype i = noteKeys.indexOf(key);
        if (i >= 0)
            return int(i) + 1;
        noteKeys << key;
        notes << noteHtml;
        return int(noteKeys.size());
    }

    int citationNote(const Citation &c)
    {
        const QString key = c.source + u'\x1f' + c.section + u'\x1f' + c.sentence;
        const QString where = tr("%1, section “%2”")
                                  .arg(QStringLiteral("<i>%1</i>").arg(ExportComposer::escape(sourceTitle(c.source))),
                                      ExportComposer::escape(sectionLabel(c.section)));
        return note(key, QStringLiteral("“%1” — %2").arg(ExportComposer::escape(c.sentence), where));
    }

    /// Superscript endnote markers; runs of three or more numbers shrink to "4–9".
    QString markers(QList<int> numbers) const
    {
        if (!options.includeCitations || numbers.isEmpty())
            return {};
        std::sort(numbers.begin(), numbers.end());
        numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
        auto ref = [this](int n) {
            return QStringLiteral("<a class=\"ref\" href=\"#%1\">%2</a>")
                .arg(noteAnchor(n), options.locale.toString(n));
        };
        QStringList parts;
        for (qsizetype i = 0; i < numbers.size();) {
            qsizetype j = i;
            while (j + 1 < numbers.size() && numbers[j + 1] == numbers[j] + 1)
                ++j;
            if (j - i >= 2) {
                parts << ref(numbers[i]) + QStringLiteral("–") + ref(numbers[j]);
            } else {
                for (qsizetype k = i; k <= j; ++k)
                    parts << ref(numbers[k]);
            }
            i = j + 1;
        }
        return QStringLiteral("<sup>%1</sup>").arg(parts.join(QStringLiteral(", ")));
    }

    QString cite(const QList<Citation> &citations)
    {
        if (!options.includeCitations)
            return {};
        QList<int> numbers;
        for (const Citation &c : citations) {
            if (c.isValid())
                numbers << citationNote(c);
        }
        return markers(numbers);
    }

    QString date(const FuzzyDate &d) const { return d.isValid() ? d.toDisplayString(options.locale) : tr("undated"); }

    QString period(const FuzzyDate &from, const FuzzyDate &to) const
    {
        if (from.isValid() && to.isValid())
            return tr("%1 – %2").arg(date(from), date(to));
        if (from.isValid())
            return tr("since %1").arg(date(from));
        if (to.isValid())
            return tr("until %1").arg(date(to));
        return {};
    }

    QString aliasLine(const QList<Alias> &aliases) const
    {
        QStringList parts;
        for (const Alias &a : aliases) {
            QStringList about;
            const QLocale lang(a.language);
            if (!a.language.isEmpty() && lang.language() != QLocale::C && a.language != u"und")
                about << QLocale::languageToString(lang.language());
            else if (!a.language.isEmpty() && a.language != u"und")
                about << a.language;
            const QLocale::Script script = QLocale::codeToScript(a.script);
            if (script != QLocale::AnyScript)
                about << QLocale::scriptToString(script);
            parts << ExportComposer::escape(a.text)
                    + (about.isEmpty() ? QString()
                                       : QStringLiteral(" <span class=\"muted\">(%1)</span>")
                                             .arg(ExportComposer::escape(about.join(QStringLiteral(", ")))));
        }
        return parts.join(QStringLiteral(" · "));
    }

    QString exportDate() const
    {
        const QDateTime when = options.exportedAt.isValid() ? options.exportedAt : QDateTime::currentDateTime();
        return options.locale.toString(when.date(), QLocale::LongFormat);
    }

    QString metaLine(const QString &source, const QString &kindLabel = {}) const
    {
        QStringList parts;
        if (!kindLabel.isEmpty())
            parts << ExportComposer::escape(kindLabel);
        parts << ExportComposer::escape(tr("Exported from %1 on %2").arg(productName(), exportDate()));
        if (!source.isEmpty())
            parts << ExportComposer::escape(tr("Source: %1").arg(source));
        return QStringLiteral("<p class=\"meta\">%1</p>").arg(parts.join(QStringLiteral(" · ")));
    }

    QString count(int n, const QString &one, const QString &many) const
    {
        return n == 1 ? one : many.arg(options.locale.toString(n));
    }

    QString kbTitle() const
    {
        const QString t = kb.meta(QStringLiteral("title"));
        return t.isEmpty() ? QFileInfo(kb.path()).completeBaseName() : t;
    }

    QString th(const QString &label, int widthPercent = 0) const
    {
        return QStringLiteral("<th%1 bgcolor=\"#e6ebf1\" align=\"%2\">%3</th>")
            .arg(widthPercent > 0 ? QStringLiteral(" width=\"%1%\"").arg(widthPercent) : QString(),
                options.rightToLeft ? QStringLiteral("right") : QStringLiteral("left"), ExportComposer::escape(label));
    }

    static QString tableStart()
    {
        return QStringLiteral("<table class=\"data\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">");
    }

    /// Appends the endnotes and the appendix, then resolves every link placeholder.
    void finish(ExportDocument *out)
    {
        QString appendix;
        int named = 0;
        if (options.includeLinkedSummaries) {
            for (const QString &id : std::as_const(linked)) {
                if (primary.contains(id))
                    continue;
                const auto e = kb.entity(id);
                if (!e)
                    continue;
                appendix += QStringLiteral("<p class=\"named\">%1 <span class=\"muted\">(%2)</span>")
                                .arg(anchored(id, QStringLiteral("<b>%1</b>").arg(ExportComposer::escape(e->name))),
                                    ExportComposer::escape(entityKindName(e->kind)));
                if (!e->aliases.isEmpty())
                    appendix += QStringLiteral("<br/><span class=\"small\">%1</span>").arg(aliasLine(e->aliases));
                if (e->kind == EntityKind::Event && e->date.isValid())
                    appendix += QStringLiteral("<br/>%1").arg(ExportComposer::escape(date(e->date)));
                if (!e->summary.isEmpty())
                    appendix += QStringLiteral("<br/>%1").arg(inlineText(e->summary, false));
                appendix += QStringLiteral("</p>");
                ++named;
                if (!step())
                    return;
            }
        }
        if (options.includeCitations && !notes.isEmpty()) {
            html += QStringLiteral("<h2>%1</h2>").arg(ExportComposer::escape(tr("Sources")));
            for (qsizetype i = 0; i < notes.size(); ++i) {
                html += QStringLiteral("<p class=\"note\"><a name=\"%1\"><b>%2.</b></a> %3</p>")
                            .arg(noteAnchor(int(i) + 1), options.locale.toString(int(i) + 1), notes[i]);
            }
        }
        if (named > 0)
            html += QStringLiteral("<h2>%1</h2>").arg(ExportComposer::escape(tr("Named in this document"))) + appendix;

        static const QRegularExpression placeholder(
            QStringLiteral("\\x{E000}([^\\x{E001}]*)\\x{E001}([^\\x{E002}]*)\\x{E002}"));
        QString resolved;
        qsizetype pos = 0;
        for (auto it = placeholder.globalMatch(html); it.hasNext();) {
            const auto m = it.next();
            resolved += QStringView(html).mid(pos, m.capturedStart() - pos);
            const QString id = m.captured(1);
            if (primary.contains(id))
                resolved += QStringLiteral("<a class=\"ref\" href=\"#%1\">%2</a>")
                                .arg(ExportComposer::anchorName(id), m.captured(2));
            else
                resolved += m.captured(2);
            pos = m.capturedEnd();
        }
        resolved += QStringView(html).mid(pos);

        if (options.rightToLeft) {
            // Right-to-left tables read from the right: the first column goes to the right edge.
            static const QRegularExpression row(
                QStringLiteral("<tr>(.*?)</tr>"), QRegularExpression::DotMatchesEverythingOption);
            static const QRegularExpression cell(
                QStringLiteral("<(t[dh])\\b[^>]*>.*?</\\1>"), QRegularExpression::DotMatchesEverythingOption);
            QString mirrored;
            qsizetype at = 0;
            for (auto it = row.globalMatch(resolved); it.hasNext();) {
                const auto m = it.next();
                QStringList cells;
                for (auto c = cell.globalMatch(m.captured(1)); c.hasNext();)
                    cells.prepend(c.next().captured(0));
                mirrored += QStringView(resolved).mid(at, m.capturedStart() - at);
                mirrored += QStringLiteral("<tr>") + cells.join(QString()) + QStringLiteral("</tr>");
                at = m.capturedEnd();
            }
            mirrored += QStringView(resolved).mid(at);
            resolved = mirrored;
        }
        out->html = QStringLiteral("<html><body>%1</body></html>").arg(resolved);
        out->noteCount = options.includeCitations ? int(notes.size()) : 0;
        out->namedCount = named;
        out->rightToLeft = options.rightToLeft;
    }
};

QStringList uniqueNonEmpty(const QStringList &in)
{
    QStringList out;
    for (const QString &s : in) {
        if (!s.trimmed().isEmpty() && !out.contains(s))
            out << s;
    }
    return out;
}

} // namespace

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

std::optional<SourceDocument> ExportComposer::article(const KnowledgeBase &kb, const QString &sourceId)
{
    if (!sourceId.isEmpty())
        return kb.source(sourceId);
    // As the article view (kb:article) has it: the knowledge base's first source document.
    const QList<SourceDocument> all = kb.sources();
    if (all.isEmpty())
        return std::nullopt;
    return all.first();
}

ExportResult ExportComposer::compose(
    const ExportSection &section, ExportDocument *out, const ExportProgress &progress) const
{
    Builder b(m_kb, m_options, progress);
    ExportDocument doc;
    const QString kbTitle = b.kbTitle();
    const auto cancelled
        = [] { return ExportResult::failure(ExportResult::Status::Cancelled, tr("The export was cancelled.")); };

    switch (section.kind) {
    case ExportSection::Kind::Entity: {
        const auto e = m_kb.entity(section.entityId);
        if (!e)
            return ExportResult::failure(ExportResult::Status::NotFound,
                tr("There is no entry “%1” in this knowledge base.").arg(section.entityId));
        const QList<Relation> relations = m_kb.relations(e->id);
        const QList<Mention> mentions = m_kb.backlinks(e->id);
        b.total = 4;
        QStringList sources;
        for (const Citation &c : e->citations)
            sources << b.sourceTitle(c.source);
        b.html += QStringLiteral("<h1>%1</h1>").arg(b.anchored(e->id, escape(e->name)));
        b.html += b.metaLine(uniqueNonEmpty(sources).join(QStringLiteral("; ")), entityKindName(e->kind));
        if (!e->summary.isEmpty())
            b.html += QStringLiteral("<p class=\"summary\">%1</p>").arg(b.inlineText(e->summary));
        if (!e->aliases.isEmpty())
            b.html += QStringLiteral("<h2>%1</h2><p>%2</p>").arg(escape(tr("Also known as")), b.aliasLine(e->aliases));
        if (e->date.isValid())
            b.html += QStringLiteral("<h2>%1</h2><p>%2</p>").arg(escape(tr("Date")), escape(b.date(e->date)));
        if (!b.step())
            return cancelled();
        if (!e->attributes.isEmpty()) {
            b.html += QStringLiteral("<h2>%1</h2>").arg(escape(tr("Facts"))) + Builder::tableStart();
            b.html += QStringLiteral("<thead><tr>%1%2</tr></thead>").arg(b.th(tr("Fact"), 25), b.th(tr("Value")));
            QString previousKey;
            for (const Attribute &a : e->attributes) {
                const QString key = a.key == previousKey ? QString() : capitalized(a.key);
                previousKey = a.key;
                b.html += QStringLiteral("<tr><td>%1</td><td>%2%3</td></tr>")
                              .arg(escape(key), b.inlineText(a.value), b.cite({ a.citation }));
            }
            b.html += QStringLiteral("</table>");
        }
        if (!e->body.isEmpty()) {
            b.html += QStringLiteral("<h2>%1</h2>").arg(escape(tr("Description")));
            b.html += b.blocks(e->body, b.cite(e->citations));
        } else if (m_options.includeCitations && !e->citations.isEmpty()) {
            b.html += QStringLiteral("<p>%1%2</p>").arg(escape(tr("Cited from the source:")), b.cite(e->citations));
        }
        if (!b.step())
            return cancelled();
        if (!relations.isEmpty()) {
            b.html += QStringLiteral("<h2>%1</h2>").arg(escape(tr("Relations"))) + Builder::tableStart();
            b.html += QStringLiteral("<thead><tr>%1%2%3%4</tr></thead>")
                          .arg(b.th(tr("Who or what"), 30), b.th(tr("Relation"), 20), b.th(tr("With"), 30),
                              b.th(tr("When"), 20));
            for (const Relation &r : relations) {
                auto nameOf = [&](const QString &id) {
                    const QString n = m_kb.name(id);
                    return id == e->id ? QStringLiteral("<b>%1</b>").arg(escape(n))
                                       : b.link(id, escape(n.isEmpty() ? id : n));
                };
                b.html += QStringLiteral("<tr><td>%1</td><td>%2%3</td><td>%4</td><td>%5</td></tr>")
                              .arg(nameOf(r.subject), escape(humanPredicate(r.predicate)), b.cite({ r.citation }),
                                  nameOf(r.object), escape(b.period(r.from, r.to)));
            }
            b.html += QStringLiteral("</table>");
        }
        if (!mentions.isEmpty()) {
            b.html += QStringLiteral("<h2>%1</h2><ul>").arg(escape(tr("Mentioned in")));
            for (const Mention &m : mentions) {
                QString item = b.link(m.fromId, escape(m.fromName.isEmpty() ? m.fromId : m.fromName));
                if (!m.section.isEmpty())
                    item += escape(QStringLiteral(" — ") + m.section);
                if (m.count > 1)
                    item += escape(QStringLiteral(" (%1×)").arg(m_options.locale.toString(m.count)));
                b.html += QStringLiteral("<li>%1</li>").arg(item);
            }
            b.html += QStringLiteral("</ul>");
        }
        if (!b.step())
            return cancelled();
        doc.title = e->name;
        doc.subject = tr("%1 “%2” from the knowledge base “%3”").arg(entityKindName(e->kind), e->name, kbTitle);
        QStringList kw { e->name };
        for (const Alias &a : e->aliases)
            kw << a.text;
        kw << entityKindName(e->kind) << kbTitle;
        doc.keywords = uniqueNonEmpty(kw);
        break;
    }
    case ExportSection::Kind::Article: {
        const auto src = article(m_kb, section.sourceId);
        if (!src)
            return ExportResult::failure(ExportResult::Status::NotFound, tr("This knowledge base holds no article."));
        QList<Section> sections;
        if (section.articleSection.isEmpty()) {
            sections = src->sections;
        } else {
            const Section *s = src->section(section.articleSection);
            for (qsizetype i = 0; !s && i < src->sections.size(); ++i) {
                if (src->sections[i].title.compare(section.articleSection, Qt::CaseInsensitive) == 0
                    || src->sections[i].id.compare(section.articleSection, Qt::CaseInsensitive) == 0)
                    s = &src->sections[i];
            }
            if (!s) {
                QStringList titles;
                for (const Section &x : src->sections)
                    titles << (x.title.isEmpty() ? x.id : x.title);
                return ExportResult::failure(ExportResult::Status::NotFound,
                    tr("The article “%1” has no section “%2” (it has: %3).")
                        .arg(src->title, section.articleSection, titles.join(QStringLiteral(", "))));
            }
            sections << *s;
        }
        b.total = int(sections.size()) + 1;
        const bool whole = section.articleSection.isEmpty();
        const QString sectionTitle
            = whole ? QString() : (sections.first().title.isEmpty() ? tr("Introduction") : sections.first().title);
        if (whole) {
            b.html += QStringLiteral("<h1>%1</h1>").arg(b.anchored(src->id, escape(src->title)));
            b.html += b.metaLine(src->title, tr("Article"));
        } else {
            b.html += QStringLiteral("<h1>%1</h1>").arg(escape(sectionTitle));
            b.html += QStringLiteral("<p class=\"subtitle\">%1</p>")
                          .arg(escape(tr("From the article “%1”").arg(src->title)));
            b.html += b.metaLine(tr("%1, section “%2”").arg(src->title, sectionTitle));
        }
        if (whole && !src->infobox.isEmpty()) {
            b.html += Builder::tableStart()
                + QStringLiteral("<thead><tr>%1%2</tr></thead>").arg(b.th(tr("Infobox"), 25), b.th(QString()));
            for (const Attribute &a : src->infobox)
                b.html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(escape(a.key), b.inlineText(a.value));
            b.html += QStringLiteral("</table>");
        }
        if (!b.step())
            return cancelled();
        for (const Section &s : std::as_const(sections)) {
            if (whole && !s.title.isEmpty())
                b.html += QStringLiteral("<h2>%1</h2>").arg(escape(s.title));
            QString tail;
            if (m_options.includeCitations) {
                const QString where
                    = tr("%1, section “%2”")
                          .arg(QStringLiteral("<i>%1</i>").arg(escape(src->title)), escape(b.sectionLabel(s.title)));
                const QString origin = src->origin.isEmpty() ? QString() : escape(tr(" (from %1)").arg(src->origin));
                tail = b.markers({ b.note(src->id + u'\x1f' + s.id, tr("The text of %1%2.").arg(where, origin)) });
            }
            b.html += b.blocks(s.text, tail);
            if (!b.step())
                return cancelled();
        }
        doc.title = whole ? src->title : tr("%1 — %2").arg(sectionTitle, src->title);
        doc.subject = whole ? tr("The article “%1”").arg(src->title)
                            : tr("Section “%1” of the article “%2”").arg(sectionTitle, src->title);
        QStringList kw { src->title };
        for (const Section &s : std::as_const(sections))
            kw << s.title;
        kw << kbTitle;
        doc.keywords = uniqueNonEmpty(kw);
        break;
    }
    case ExportSection::Kind::Timeline: {
        const QList<EntityRef> events = m_kb.events();
        b.total = int(events.size());
        b.html += QStringLiteral("<h1>%1</h1>").arg(escape(tr("Timeline")));
        b.html += b.metaLine(kbTitle, b.count(int(events.size()), tr("1 event"), tr("%1 events")));
        if (events.isEmpty())
            b.html += QStringLiteral("<p>%1</p>").arg(escape(tr("This knowledge base has no events.")));
        else
            b.html += Builder::tableStart()
                + QStringLiteral("<thead><tr>%1%2</tr></thead>").arg(b.th(tr("Date"), 24), b.th(tr("Event")));
        for (const EntityRef &r : events) {
            QString cites;
            if (m_options.includeCitations) {
                if (const auto e = m_kb.entity(r.id))
                    cites = b.cite(e->citations);
            }
            b.html
                += QStringLiteral("<tr><td>%1</td><td>%2%3%4</td></tr>")
                       .arg(escape(b.date(r.date)), b.anchored(r.id, QStringLiteral("<b>%1</b>").arg(escape(r.name))),
                           cites, r.summary.isEmpty() ? QString() : QStringLiteral("<br/>") + b.inlineText(r.summary));
            if (!b.step())
                return cancelled();
        }
        if (!events.isEmpty())
            b.html += QStringLiteral("</table>");
        doc.title = tr("Timeline — %1").arg(kbTitle);
        doc.subject = tr("Timeline of the knowledge base “%1”").arg(kbTitle);
        doc.keywords = uniqueNonEmpty({ tr("timeline"), tr("events"), kbTitle });
        break;
    }
    case ExportSection::Kind::List: {
        const QList<EntityRef> refs = m_kb.entities(section.entityKind, {}, 0, -1, true);
        const QString what = section.entityKind ? entityKindPluralName(*section.entityKind) : tr("All entries");
        b.total = int(refs.size());
        b.html += QStringLiteral("<h1>%1</h1>").arg(escape(what));
        b.html += b.metaLine(kbTitle, b.count(int(refs.size()), tr("1 entry"), tr("%1 entries")));
        if (refs.isEmpty())
            b.html += QStringLiteral("<p>%1</p>").arg(escape(tr("Nothing of this kind is in the knowledge base.")));
        else
            b.html += Builder::tableStart()
                + QStringLiteral("<thead><tr>%1%2%3</tr></thead>")
                      .arg(b.th(tr("Name"), 26), b.th(tr("Also known as"), 26), b.th(tr("Summary")));
        for (const EntityRef &r : refs) {
            QString cites;
            if (m_options.includeCitations) {
                if (const auto e = m_kb.entity(r.id))
                    cites = b.cite(e->citations);
            }
            QStringList aliases;
            for (const QString &a : r.aliases)
                aliases << escape(a);
            const QString kindNote = section.entityKind
                ? QString()
                : QStringLiteral("<br/><span class=\"muted\">%1</span>").arg(escape(entityKindName(r.kind)));
            b.html += QStringLiteral("<tr><td>%1%2%3</td><td>%4</td><td>%5</td></tr>")
                          .arg(b.anchored(r.id, QStringLiteral("<b>%1</b>").arg(escape(r.name))), cites, kindNote,
                              aliases.join(QStringLiteral("<br/>")), b.inlineText(r.summary));
            if (!b.step())
                return cancelled();
        }
        if (!refs.isEmpty())
            b.html += QStringLiteral("</table>");
        doc.title = tr("%1 — %2").arg(what, kbTitle);
        doc.subject = tr("%1 in the knowledge base “%2”").arg(what, kbTitle);
        doc.keywords = uniqueNonEmpty({ what, kbTitle });
        break;
    }
    case ExportSection::Kind::Search: {
        SearchQuery q;
        q.text = section.query;
        q.kind = section.entityKind;
        q.limit = 500;
        q.prefix = false;
        QString why;
        const QList<SearchHit> hits = m_kb.search().search(q, &why);
        b.total = int(hits.size());
        b.html += QStringLiteral("<h1>%1</h1>").arg(escape(tr("Search results for “%1”").arg(section.query)));
        b.html += b.metaLine(kbTitle, b.count(int(hits.size()), tr("1 result"), tr("%1 results")));
        if (hits.isEmpty()) {
            const QStringList dym = m_kb.search().didYouMean(section.query);
            b.html += QStringLiteral("<p>%1</p>")
                          .arg(escape(dym.isEmpty()
                                  ? tr("No results.")
                                  : tr("No results. Did you mean: %1?").arg(dym.join(QStringLiteral(", ")))));
        } else {
            b.html += Builder::tableStart()
                + QStringLiteral("<thead><tr>%1%2</tr></thead>")
                      .arg(b.th(tr("Result"), 32), b.th(tr("Where it matches")));
        }
        QSet<QString> seen;
        for (const SearchHit &h : hits) {
            QString snippet;
            QString run;
            bool inMark = false;
            auto flush = [&] {
                snippet += inMark ? QStringLiteral("<span class=\"hit\">%1</span>").arg(escape(run)) : escape(run);
                run.clear();
            };
            for (QChar c : h.snippet) {
                if (c == SearchIndex::markStart || c == SearchIndex::markEnd) {
                    flush();
                    inMark = c == SearchIndex::markStart;
                } else {
                    run += c;
                }
            }
            flush();
            const bool entityHit = h.section.isEmpty();
            QString name = QStringLiteral("<b>%1</b>").arg(escape(h.name));
            QString cites;
            if (entityHit && !seen.contains(h.id)) {
                seen.insert(h.id);
                name = b.anchored(h.id, name);
                if (m_options.includeCitations) {
                    if (const auto e = m_kb.entity(h.id))
                        cites = b.cite(e->citations);
                }
            }
            b.html += QStringLiteral("<tr><td>%1%2<br/><span class=\"muted\">%3</span></td><td>%4</td></tr>")
                          .arg(name, cites,
                              escape(h.section.isEmpty() ? entityKindName(h.kind)
                                                         : tr("Section of %1").arg(entityKindName(h.kind))),
                              snippet);
            if (!b.step())
                return cancelled();
        }
        if (!hits.isEmpty())
            b.html += QStringLiteral("</table>");
        doc.title = tr("Search: %1").arg(section.query);
        doc.subject = tr("Search results for “%1” in the knowledge base “%2”").arg(section.query, kbTitle);
        doc.keywords = uniqueNonEmpty({ section.query, tr("search"), kbTitle });
        break;
    }
    }
    b.total = b.done + (m_options.includeLinkedSummaries ? int(b.linked.size()) : 0);
    b.finish(&doc);
    if (b.cancelled)
        return cancelled();
    *out = doc;
    return {};
}

} // namespace tkb
