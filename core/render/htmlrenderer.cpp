#include <core/render/htmlrenderer.h>

#include <core/model/wikilink.h>
#include <core/render/kbaddress.h>
#include <core/store/knowledgebase.h>

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace tkb {

namespace {

// Private markers for where a highlighted sentence starts and ends inside text being rendered. Input text
// is cleaned of all control characters first, so no input can produce them.
constexpr QChar hlStart{u'\x01'};
constexpr QChar hlEnd{u'\x04'};

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString attr(const QUrl &url)
{
    return QString::fromLatin1(url.toEncoded()).toHtmlEscaped();
}

// Drops control characters (keeping newlines and tabs) so text can never carry our markers.
QString clean(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == u'\n' || c == u'\t' || c.category() != QChar::Other_Control)
            out += c;
    }
    return out;
}

// The href for a [[target|label]] link, or an empty url when the target must stay plain text.
QUrl linkTarget(const QString &target)
{
    if (target.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || target.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)) {
        const QUrl url(target, QUrl::StrictMode);
        return KbAddress::isSafeLink(url) ? url : QUrl();
    }
    const QUrl url = KbAddress::entity(target);
    return KbAddress::parse(url).type() == KbAddress::Type::Entity ? url : QUrl();
}

struct InlineState
{
    bool highlighting = false;
    bool anchorPlaced = false;
};

QString openTag(char c)
{
    return c == 'b' ? QStringLiteral("<b>") : QStringLiteral("<i>");
}

QString closeTag(char c)
{
    return c == 'b' ? QStringLiteral("</b>") : QStringLiteral("</i>");
}

// Whether an emphasis marker opened at from has a closer later in the text: the same marker right after a
// non-space character (for "*", one that is not part of "**").
bool hasCloser(const QString &t, qsizetype from, bool strong)
{
    for (qsizetype i = from + 1; i < t.size(); ++i) {
        if (t[i] != u'*' || t[i - 1].isSpace())
            continue;
        const bool dbl = i + 1 < t.size() && t[i + 1] == u'*';
        if (strong && dbl)
            return true;
        if (!strong && !dbl && t[i - 1] != u'*')
            return true;
        if (dbl)
            ++i;
    }
    return false;
}

QString inlineHtml(const QString &t, InlineState &st)
{
    const QList<WikiLink> links = WikiLink::parse(t);
    qsizetype nextLink = 0;
    QString out;
    QString run;
    QList<char> open;
    const auto wrap = [&st](const QString &html) {
        return st.highlighting ? QStringLiteral("<span class=\"hl\">") + html + QStringLiteral("</span>") : html;
    };
    const auto flush = [&] {
        if (run.isEmpty())
            return;
        QString html = esc(run);
        html.replace(u'\n', QStringLiteral("<br/>"));
        out += wrap(html);
        run.clear();
    };
    // Closing a marker that is not the innermost closes and reopens the inner ones, so tags always nest.
    const auto toggle = [&](char c) {
        flush();
        const qsizetype idx = open.lastIndexOf(c);
        if (idx < 0) {
            open.append(c);
            out += openTag(c);
            return;
        }
        for (qsizetype j = open.size() - 1; j > idx; --j)
            out += closeTag(open[j]);
        out += closeTag(c);
        for (qsizetype j = idx + 1; j < open.size(); ++j)
            out += openTag(open[j]);
        open.removeAt(idx);
    };

    for (qsizetype i = 0; i < t.size();) {
        if (nextLink < links.size() && links[nextLink].position == i) {
            const WikiLink &l = links[nextLink++];
            flush();
            const QUrl url = linkTarget(l.target);
            const QString label = wrap(esc(l.label));
            if (url.isEmpty())
                out += label;
            else
                out += QStringLiteral("<a href=\"%1\">%2</a>").arg(attr(url), label);
            i += l.length;
            continue;
        }
        const QChar c = t[i];
        if (c == hlStart) {
            flush();
            if (!st.anchorPlaced) {
                out += QStringLiteral("<a name=\"%1\"></a>").arg(HtmlRenderer::highlightAnchor);
                st.anchorPlaced = true;
            }
            st.highlighting = true;
            ++i;
            continue;
        }
        if (c == hlEnd) {
            flush();
            st.highlighting = false;
            ++i;
            continue;
        }
        if (c == u'*') {
            const bool strong = i + 1 < t.size() && t[i + 1] == u'*';
            const char kind = strong ? 'b' : 'i';
            const int width = strong ? 2 : 1;
            if (open.contains(kind)) {
                if (i > 0 && !t[i - 1].isSpace()) {
                    toggle(kind);
                    i += width;
                    continue;
                }
            } else if (i + width < t.size() && !t[i + width].isSpace() && hasCloser(t, i + width - 1, strong)) {
                toggle(kind);
                i += width;
                continue;
            }
            run += t.mid(i, width);
            i += width;
            continue;
        }
        run += c;
        ++i;
    }
    flush();
    for (qsizetype j = open.size() - 1; j >= 0; --j)
        out += closeTag(open[j]);
    return out;
}

bool isListItem(const QString &line)
{
    return line.startsWith(QLatin1String("- ")) || line.startsWith(QLatin1String("* "));
}

// Blocks of already cleaned text (which may carry highlight markers).
QString blocksHtml(const QString &text, InlineState &st)
{
    static const QRegularExpression blank(QStringLiteral("\\n[ \\t]*\\n"));
    QString out;
    for (const QString &block : text.split(blank, Qt::SkipEmptyParts)) {
        QStringList para;
        bool inList = false;
        const auto flushPara = [&] {
            if (!para.isEmpty())
                out += QStringLiteral("<p>") + inlineHtml(para.join(u'\n'), st) + QStringLiteral("</p>\n");
            para.clear();
        };
        for (const QString &raw : block.split(u'\n')) {
            const QString line = raw.trimmed();
            if (line.isEmpty() || line == QString(hlStart) || line == QString(hlEnd)) {
                if (!line.isEmpty())
                    inlineHtml(line, st); // keeps the highlight state right for a marker alone on a line
                continue;
            }
            if (isListItem(line)) {
                flushPara();
                if (!inList)
                    out += QStringLiteral("<ul>\n");
                inList = true;
                out += QStringLiteral("<li>") + inlineHtml(line.mid(2).trimmed(), st) + QStringLiteral("</li>\n");
            } else {
                if (inList)
                    out += QStringLiteral("</ul>\n");
                inList = false;
                para << line;
            }
        }
        flushPara();
        if (inList)
            out += QStringLiteral("</ul>\n");
    }
    return out;
}

// Offset in marked-up text of an offset in its plain text (WikiLink::stripMarkup). A position inside a link's
// label snaps outward to the whole link so markers never fall inside "[[...]]".
qsizetype markupOffset(const QList<WikiLink> &links, qsizetype plain, bool isEnd)
{
    qsizetype markupPos = 0;
    qsizetype plainPos = 0;
    for (const WikiLink &l : links) {
        const qsizetype gap = l.position - markupPos;
        if (plain <= plainPos + gap)
            return markupPos + (plain - plainPos);
        plainPos += gap;
        const qsizetype len = l.label.size();
        if (!isEnd && plain < plainPos + len)
            return l.position;
        if (isEnd && plain <= plainPos + len)
            return l.position + l.length;
        plainPos += len;
        markupPos = l.position + l.length;
    }
    return markupPos + (plain - plainPos);
}

// text with highlight markers around the first occurrence of sentence, when not yet placed.
QString markSentence(const QString &text, const QString &sentence, bool *placed)
{
    if (*placed || sentence.isEmpty())
        return text;
    const qsizetype at = WikiLink::stripMarkup(text).indexOf(sentence);
    if (at < 0)
        return text;
    const QList<WikiLink> links = WikiLink::parse(text);
    const qsizetype start = markupOffset(links, at, false);
    const qsizetype end = markupOffset(links, at + sentence.size(), true);
    QString out = text;
    out.insert(end, hlEnd);
    out.insert(start, hlStart);
    *placed = true;
    return out;
}

struct PredicateLabels
{
    const char *forward;
    const char *inverse;
};

const QHash<QString, PredicateLabels> &predicateLabels()
{
    static const QHash<QString, PredicateLabels> labels{
        {QStringLiteral("advocates"), {QT_TRANSLATE_NOOP("HtmlRenderer", "advocates"), QT_TRANSLATE_NOOP("HtmlRenderer", "advocated by")}},
        {QStringLiteral("based-in"), {QT_TRANSLATE_NOOP("HtmlRenderer", "based in"), QT_TRANSLATE_NOOP("HtmlRenderer", "base of")}},
        {QStringLiteral("board-member-of"), {QT_TRANSLATE_NOOP("HtmlRenderer", "board member of"), QT_TRANSLATE_NOOP("HtmlRenderer", "board member")}},
        {QStringLiteral("chairman-of"), {QT_TRANSLATE_NOOP("HtmlRenderer", "chairman of"), QT_TRANSLATE_NOOP("HtmlRenderer", "chairman")}},
        {QStringLiteral("concerns"), {QT_TRANSLATE_NOOP("HtmlRenderer", "concerns"), QT_TRANSLATE_NOOP("HtmlRenderer", "subject of")}},
        {QStringLiteral("detained-by"), {QT_TRANSLATE_NOOP("HtmlRenderer", "detained by"), QT_TRANSLATE_NOOP("HtmlRenderer", "detained")}},
        {QStringLiteral("emigrated-to"), {QT_TRANSLATE_NOOP("HtmlRenderer", "emigrated to"), QT_TRANSLATE_NOOP("HtmlRenderer", "emigration destination of")}},
        {QStringLiteral("expelled-from"), {QT_TRANSLATE_NOOP("HtmlRenderer", "expelled from"), QT_TRANSLATE_NOOP("HtmlRenderer", "expelled")}},
        {QStringLiteral("extradited-to"), {QT_TRANSLATE_NOOP("HtmlRenderer", "extradited to"), QT_TRANSLATE_NOOP("HtmlRenderer", "extradition destination of")}},
        {QStringLiteral("founded"), {QT_TRANSLATE_NOOP("HtmlRenderer", "founded"), QT_TRANSLATE_NOOP("HtmlRenderer", "founded by")}},
        {QStringLiteral("founded-in"), {QT_TRANSLATE_NOOP("HtmlRenderer", "founded in"), QT_TRANSLATE_NOOP("HtmlRenderer", "place of founding of")}},
        {QStringLiteral("headquartered-in"), {QT_TRANSLATE_NOOP("HtmlRenderer", "headquartered in"), QT_TRANSLATE_NOOP("HtmlRenderer", "headquarters of")}},
        {QStringLiteral("heads"), {QT_TRANSLATE_NOOP("HtmlRenderer", "heads"), QT_TRANSLATE_NOOP("HtmlRenderer", "headed by")}},
        {QStringLiteral("joined"), {QT_TRANSLATE_NOOP("HtmlRenderer", "joined"), QT_TRANSLATE_NOOP("HtmlRenderer", "joined by")}},
        {QStringLiteral("located-in"), {QT_TRANSLATE_NOOP("HtmlRenderer", "located in"), QT_TRANSLATE_NOOP("HtmlRenderer", "location of")}},
        {QStringLiteral("member-of"), {QT_TRANSLATE_NOOP("HtmlRenderer", "member of"), QT_TRANSLATE_NOOP("HtmlRenderer", "member")}},
        {QStringLiteral("membership-terminated"), {QT_TRANSLATE_NOOP("HtmlRenderer", "membership terminated in"), QT_TRANSLATE_NOOP("HtmlRenderer", "terminated the membership of")}},
        {QStringLiteral("opened"), {QT_TRANSLATE_NOOP("HtmlRenderer", "opened"), QT_TRANSLATE_NOOP("HtmlRenderer", "opened by")}},
        {QStringLiteral("organized"), {QT_TRANSLATE_NOOP("HtmlRenderer", "organized"), QT_TRANSLATE_NOOP("HtmlRenderer", "organized by")}},
        {QStringLiteral("part-of"), {QT_TRANSLATE_NOOP("HtmlRenderer", "part of"), QT_TRANSLATE_NOOP("HtmlRenderer", "has part")}},
        {QStringLiteral("participated-in"), {QT_TRANSLATE_NOOP("HtmlRenderer", "participated in"), QT_TRANSLATE_NOOP("HtmlRenderer", "participant")}},
        {QStringLiteral("president-of"), {QT_TRANSLATE_NOOP("HtmlRenderer", "president of"), QT_TRANSLATE_NOOP("HtmlRenderer", "president")}},
        {QStringLiteral("readmitted-to"), {QT_TRANSLATE_NOOP("HtmlRenderer", "re-admitted to"), QT_TRANSLATE_NOOP("HtmlRenderer", "re-admitted")}},
        {QStringLiteral("reported-on"), {QT_TRANSLATE_NOOP("HtmlRenderer", "reported on"), QT_TRANSLATE_NOOP("HtmlRenderer", "reported by")}},
    };
    return labels;
}

QString capitalized(const QString &s)
{
    return s.isEmpty() ? s : s.left(1).toUpper() + s.mid(1);
}

// Numbers citations in order of first use; the same citation keeps its number.
class Footnotes
{
public:
    Footnotes(const KnowledgeBase *kb, QString primary) : m_kb(kb), m_primary(std::move(primary)) {}

    QString marker(const Citation &c)
    {
        if (!c.isValid())
            return {};
        const int n = number(c);
        return QStringLiteral("<sup class=\"fn\"><a href=\"%1\" title=\"%2\">[%3]</a></sup>")
            .arg(attr(HtmlRenderer::citationUrl(c, m_primary)), esc(c.sentence), QString::number(n));
    }
    int number(const Citation &c)
    {
        for (qsizetype i = 0; i < m_list.size(); ++i) {
            if (m_list[i] == c)
                return int(i) + 1;
        }
        m_list.append(c);
        return int(m_list.size());
    }
    QString list() const
    {
        if (m_list.isEmpty())
            return {};
        QString out = QStringLiteral("<h2>%1</h2>\n").arg(esc(QCoreApplication::translate("HtmlRenderer", "References")));
        for (qsizetype i = 0; i < m_list.size(); ++i) {
            const Citation &c = m_list[i];
            QString where = m_kb ? m_kb->name(c.source) : QString();
            if (where.isEmpty())
                where = c.source;
            if (c.section == u"Infobox")
                where = QCoreApplication::translate("HtmlRenderer", "%1, infobox").arg(where);
            else if (c.section.isEmpty())
                where = QCoreApplication::translate("HtmlRenderer", "%1, introduction").arg(where);
            else
                where = QCoreApplication::translate("HtmlRenderer", "%1, section “%2”").arg(where, c.section);
            out += QStringLiteral("<p class=\"ref\"><a name=\"ref-%1\"></a>[%1] “%2” — <a href=\"%3\">%4</a></p>\n")
                       .arg(QString::number(i + 1), esc(c.sentence), attr(HtmlRenderer::citationUrl(c, m_primary)),
                            esc(where));
        }
        return out;
    }

private:
    const KnowledgeBase *m_kb;
    QString m_primary;
    QList<Citation> m_list;
};

} // namespace

HtmlRenderer::HtmlRenderer(const KnowledgeBase *kb, const QLocale &locale) : m_kb(kb), m_locale(locale)
{
    if (m_kb) {
        const QList<SourceDocument> docs = m_kb->sources();
        if (!docs.isEmpty())
            m_primarySource = docs.first().id;
    }
}

QString HtmlRenderer::markdownToHtml(const QString &text)
{
    InlineState st;
    return blocksHtml(clean(text), st);
}

QString HtmlRenderer::inlineToHtml(const QString &text)
{
    InlineState st;
    return inlineHtml(clean(text), st);
}

QString HtmlRenderer::relationLabel(const QString &predicate, bool inverse)
{
    const auto &labels = predicateLabels();
    const auto it = labels.constFind(predicate);
    if (it != labels.cend())
        return QCoreApplication::translate("HtmlRenderer", inverse ? it->inverse : it->forward);
    QString readable = predicate;
    readable.replace(u'-', u' ');
    return inverse ? QCoreApplication::translate("HtmlRenderer", "%1 (reverse)").arg(readable) : readable;
}

QUrl HtmlRenderer::citationUrl(const Citation &c, const QString &primarySource)
{
    // The lead is addressed by its section id; infobox lines are found in the whole document.
    QString section = c.section;
    if (section.isEmpty())
        section = QStringLiteral("lead");
    else if (section == u"Infobox")
        section.clear();
    return KbAddress::article(section, c.sentence, c.source == primarySource || c.source.isEmpty() ? QString() : c.source);
}

QString HtmlRenderer::languageName(const QString &code)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("az"), QT_TRANSLATE_NOOP("HtmlRenderer", "Azerbaijani")},
        {QStringLiteral("ru"), QT_TRANSLATE_NOOP("HtmlRenderer", "Russian")},
        {QStringLiteral("en"), QT_TRANSLATE_NOOP("HtmlRenderer", "English")},
        {QStringLiteral("fa"), QT_TRANSLATE_NOOP("HtmlRenderer", "Persian")},
        {QStringLiteral("tly"), QT_TRANSLATE_NOOP("HtmlRenderer", "Talysh")},
        {QStringLiteral("nl"), QT_TRANSLATE_NOOP("HtmlRenderer", "Dutch")},
        {QStringLiteral("tr"), QT_TRANSLATE_NOOP("HtmlRenderer", "Turkish")},
        {QStringLiteral("de"), QT_TRANSLATE_NOOP("HtmlRenderer", "German")},
        {QStringLiteral("fr"), QT_TRANSLATE_NOOP("HtmlRenderer", "French")},
    };
    if (code.isEmpty())
        return {};
    if (const char *n = names.value(code))
        return QCoreApplication::translate("HtmlRenderer", n);
    const QLocale l(code);
    return l.language() == QLocale::C ? code : QLocale::languageToString(l.language());
}

QString HtmlRenderer::scriptName(const QString &code)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("Latn"), QT_TRANSLATE_NOOP("HtmlRenderer", "Latin")},
        {QStringLiteral("Cyrl"), QT_TRANSLATE_NOOP("HtmlRenderer", "Cyrillic")},
        {QStringLiteral("Arab"), QT_TRANSLATE_NOOP("HtmlRenderer", "Arabic script")},
        {QStringLiteral("Armn"), QT_TRANSLATE_NOOP("HtmlRenderer", "Armenian")},
        {QStringLiteral("Geor"), QT_TRANSLATE_NOOP("HtmlRenderer", "Georgian")},
    };
    if (code.isEmpty())
        return {};
    if (const char *n = names.value(code))
        return QCoreApplication::translate("HtmlRenderer", n);
    return code;
}

QString HtmlRenderer::page(const QString &body) const
{
    const QString dir = m_locale.textDirection() == Qt::RightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr");
    return QStringLiteral("<html><body dir=\"%1\">\n%2</body></html>").arg(dir, body);
}

QString HtmlRenderer::entityLink(const QString &id) const
{
    QString name = m_kb ? m_kb->name(id) : QString();
    if (name.isEmpty())
        name = id;
    const QUrl url = linkTarget(id);
    if (url.isEmpty())
        return esc(name);
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(attr(url), esc(name));
}

QString HtmlRenderer::dateText(const FuzzyDate &d) const
{
    return d.isValid() ? d.toDisplayString(m_locale) : QString();
}

QString HtmlRenderer::periodText(const Relation &r) const
{
    const QString from = dateText(r.from);
    const QString to = dateText(r.to);
    if (!from.isEmpty() && !to.isEmpty())
        return QCoreApplication::translate("HtmlRenderer", "%1 – %2").arg(from, to);
    if (!from.isEmpty())
        return QCoreApplication::translate("HtmlRenderer", "from %1").arg(from);
    if (!to.isEmpty())
        return QCoreApplication::translate("HtmlRenderer", "until %1").arg(to);
    return {};
}

QString HtmlRenderer::messagePage(const QString &title, const QString &text) const
{
    return page(QStringLiteral("<h1>%1</h1>\n<p class=\"muted\">%2</p>\n").arg(esc(title), esc(text)));
}

QString HtmlRenderer::entityPage(const QString &id) const
{
    const std::optional<Entity> e = m_kb ? m_kb->entity(id) : std::nullopt;
    if (!e)
        return messagePage(QCoreApplication::translate("HtmlRenderer", "Not found"), QCoreApplication::translate("HtmlRenderer", "The knowledge base has no entry “%1”.").arg(id));
    return entityPage(*e, m_kb->relations(id), m_kb->backlinks(id));
}

QString HtmlRenderer::entityPage(const Entity &e, const QList<Relation> &relations, const QList<Mention> &backlinks) const
{
    Footnotes notes(m_kb, m_primarySource);
    QString out;
    out += QStringLiteral("<h1>%1</h1>\n").arg(esc(e.name));
    // The kind, then the other views of this entity.
    QStringList kindLine{esc(entityKindName(e.kind))};
    kindLine << QStringLiteral("<a href=\"%1\">%2</a>").arg(attr(KbAddress::graph(e.id)), esc(QCoreApplication::translate("HtmlRenderer", "Relations graph")));
    if (!e.body.isEmpty())
        kindLine << QStringLiteral("<a href=\"%1\">%2</a>").arg(attr(KbAddress::entitySource(e.id)), esc(QCoreApplication::translate("HtmlRenderer", "Source text")));
    out += QStringLiteral("<p class=\"kind\">%1</p>\n").arg(kindLine.join(QStringLiteral(" · ")));

    if (!e.aliases.isEmpty()) {
        QStringList names;
        for (const Alias &a : e.aliases) {
            QStringList about;
            if (!a.language.isEmpty())
                about << languageName(a.language);
            if (!a.script.isEmpty())
                about << scriptName(a.script);
            QString item = QStringLiteral("<b>%1</b>").arg(esc(a.text));
            if (!about.isEmpty())
                item += QStringLiteral(" <span class=\"muted\">(%1)</span>").arg(esc(about.join(QStringLiteral(", "))));
            names << item;
        }
        out += QStringLiteral("<p class=\"aliases\"><span class=\"muted\">%1</span> %2</p>\n")
                   .arg(esc(QCoreApplication::translate("HtmlRenderer", "Also known as:")), names.join(QStringLiteral(" · ")));
    }

    // Infobox: the date, then attributes with the same key gathered in one row, in first-seen order.
    QStringList keys;
    QHash<QString, QStringList> values;
    for (const Attribute &a : e.attributes) {
        if (!values.contains(a.key))
            keys << a.key;
        values[a.key] << inlineToHtml(a.value) + notes.marker(a.citation);
    }
    if (e.date.isValid() || !keys.isEmpty()) {
        out += QStringLiteral("<table class=\"infobox\" cellspacing=\"0\" cellpadding=\"4\">\n");
        if (e.date.isValid())
            out += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(esc(QCoreApplication::translate("HtmlRenderer", "Date")), esc(dateText(e.date)));
        for (const QString &k : std::as_const(keys))
            out += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(esc(capitalized(k)), values.value(k).join(QStringLiteral("<br/>")));
        out += QStringLiteral("</table>\n");
    }

    if (!e.summary.isEmpty())
        out += QStringLiteral("<p class=\"summary\">%1</p>\n").arg(inlineToHtml(e.summary));
    out += markdownToHtml(e.body);

    if (!relations.isEmpty()) {
        out += QStringLiteral("<h2>%1</h2>\n<table class=\"relations\" cellspacing=\"0\" cellpadding=\"3\">\n").arg(esc(QCoreApplication::translate("HtmlRenderer", "Relations")));
        // Grouped by what the relation says from this entity's side, in the order the store gives.
        QStringList groups;
        QHash<QString, QStringList> rows;
        for (const Relation &r : relations) {
            const bool inverse = r.subject != e.id;
            const QString label = relationLabel(r.predicate, inverse);
            if (!rows.contains(label))
                groups << label;
            QString row = QStringLiteral("→ ") + entityLink(inverse ? r.subject : r.object);
            const QString period = periodText(r);
            if (!period.isEmpty())
                row += QStringLiteral(" <span class=\"muted\">(%1)</span>").arg(esc(period));
            row += notes.marker(r.citation);
            rows[label] << row;
        }
        for (const QString &g : std::as_const(groups)) {
            const QStringList &items = rows[g];
            for (qsizetype i = 0; i < items.size(); ++i) {
                out += QStringLiteral("<tr><td class=\"pred\">%1</td><td>%2</td></tr>\n")
                           .arg(i == 0 ? esc(g) : QString(), items[i]);
            }
        }
        out += QStringLiteral("</table>\n");
    }

    if (!backlinks.isEmpty()) {
        // One line per mentioning entity or source section, however many labels it used.
        QStringList order;
        QHash<QString, int> counts;
        QHash<QString, QString> lines;
        for (const Mention &m : backlinks) {
            const QString key = m.fromId + u'\x1f' + m.section;
            if (!counts.contains(key)) {
                order << key;
                QUrl url;
                QString label = m.fromName.isEmpty() ? m.fromId : m.fromName;
                if (m.section.isEmpty()) {
                    url = linkTarget(m.fromId);
                    label = QCoreApplication::translate("HtmlRenderer", "%1 (%2)").arg(label, entityKindName(m.fromKind));
                } else {
                    const bool lead = m.section == u"(lead)";
                    url = KbAddress::article(lead ? QStringLiteral("lead") : m.section, {},
                                             m.fromId == m_primarySource ? QString() : m.fromId);
                    label = QCoreApplication::translate("HtmlRenderer", "%1 — %2").arg(label, lead ? QCoreApplication::translate("HtmlRenderer", "Introduction") : m.section);
                }
                lines[key] = url.isEmpty() ? esc(label) : QStringLiteral("<a href=\"%1\">%2</a>").arg(attr(url), esc(label));
            }
            counts[key] += m.count;
        }
        out += QStringLiteral("<h2>%1</h2>\n<ul>\n").arg(esc(QCoreApplication::translate("HtmlRenderer", "Mentioned in")));
        for (const QString &key : std::as_const(order)) {
            QString line = lines[key];
            if (counts[key] > 1)
                line += QStringLiteral(" <span class=\"muted\">%1</span>").arg(esc(QCoreApplication::translate("HtmlRenderer", "(%n times)", nullptr, counts[key])));
            out += QStringLiteral("<li>%1</li>\n").arg(line);
        }
        out += QStringLiteral("</ul>\n");
    }

    for (const Citation &c : e.citations)
        notes.number(c);
    out += notes.list();
    return page(out);
}

QString HtmlRenderer::articlePage(const SourceDocument &doc, const QString &section, const QString &highlight) const
{
    const QString sentence = clean(highlight);
    bool placed = false;
    InlineState st;
    QString out;
    if (section.isEmpty()) {
        out += QStringLiteral("<h1>%1</h1>\n").arg(esc(doc.title));
        if (!doc.infobox.isEmpty()) {
            out += QStringLiteral("<table class=\"infobox\" cellspacing=\"0\" cellpadding=\"4\">\n");
            for (const Attribute &a : doc.infobox) {
                const QString line = a.key + QStringLiteral(": ") + a.value;
                QString key = esc(a.key);
                QString value = esc(a.value);
                if (!placed && !sentence.isEmpty() && line == sentence) {
                    key = QStringLiteral("<a name=\"%1\"></a><span class=\"hl\">%2</span>").arg(highlightAnchor, key);
                    value = QStringLiteral("<span class=\"hl\">%1</span>").arg(value);
                    placed = st.anchorPlaced = true;
                }
                out += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(key, value);
            }
            out += QStringLiteral("</table>\n");
        }
        for (const Section &s : doc.sections) {
            if (!s.title.isEmpty())
                out += QStringLiteral("<h2><a name=\"%1\"></a>%2</h2>\n").arg(esc(s.id), esc(s.title));
            out += blocksHtml(markSentence(clean(s.text), sentence, &placed), st);
        }
        return page(out);
    }

    const Section *s = doc.section(section);
    if (!s)
        return messagePage(doc.title, QCoreApplication::translate("HtmlRenderer", "The article has no section “%1”.").arg(section));
    out += QStringLiteral("<p class=\"muted\"><a href=\"%1\">%2</a></p>\n")
               .arg(attr(KbAddress::article({}, {}, doc.id == m_primarySource ? QString() : doc.id)), esc(doc.title));
    out += QStringLiteral("<h1>%1</h1>\n").arg(esc(s->title.isEmpty() ? QCoreApplication::translate("HtmlRenderer", "Introduction") : s->title));
    out += blocksHtml(markSentence(clean(s->text), sentence, &placed), st);
    return page(out);
}

QString HtmlRenderer::listPage(const QString &title, const QList<EntityRef> &items) const
{
    QString out = QStringLiteral("<h1>%1</h1>\n<ul>\n").arg(esc(title));
    for (const EntityRef &r : items) {
        out += QStringLiteral("<li>") + entityLink(r.id);
        if (!r.summary.isEmpty())
            out += QStringLiteral(" <span class=\"muted\">— %1</span>").arg(esc(WikiLink::stripMarkup(clean(r.summary))));
        out += QStringLiteral("</li>\n");
    }
    out += QStringLiteral("</ul>\n");
    return page(out);
}

QString HtmlRenderer::timelinePage(const QList<EntityRef> &events) const
{
    QString out = QStringLiteral("<h1>%1</h1>\n<table class=\"relations\" cellspacing=\"0\" cellpadding=\"3\">\n").arg(esc(QCoreApplication::translate("HtmlRenderer", "Timeline")));
    for (const EntityRef &r : events) {
        const QString date = r.date.isValid() ? dateText(r.date) : QCoreApplication::translate("HtmlRenderer", "undated");
        const QUrl url = linkTarget(r.id);
        const QString name = url.isEmpty() ? esc(r.name) : QStringLiteral("<a href=\"%1\">%2</a>").arg(attr(url), esc(r.name));
        out += QStringLiteral("<tr><td class=\"pred\">%1</td><td>%2</td></tr>\n").arg(esc(date), name);
    }
    out += QStringLiteral("</table>\n");
    return page(out);
}

} // namespace tkb
