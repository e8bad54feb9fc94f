// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/document/articlesource.h>
#include <core/document/pagelabels.h>
#include <core/document/pagetext.h>
#include <core/model/entitykind.h>
#include <core/render/htmlrenderer.h>
#include <core/render/kbaddress.h>
#include <core/render/readername.h>
#include <core/store/knowledgebase.h>
#include <ui/sidebar/entitycard.h>

#include <QEvent>
#include <QHash>

namespace tkb {

namespace {

QString esc(const QString &s)
{
    return PageText::escaped(s);
}

/// The knowledge base's text keeps its own direction (English stays left to right in a Persian window).
QString dir(const QString &text)
{
    return text.isRightToLeft() ? QStringLiteral("rtl") : QStringLiteral("ltr");
}

QString link(const QUrl &url, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(url.toString(QUrl::FullyEncoded)), esc(text));
}

/// One linked thing: its link on a line, what it is to this entity dimmed below.
QString entry(const QString &direction, const QString &linkHtml, const QString &note)
{
    return QStringLiteral(
        "<p dir=\"%1\" style=\"margin-top:0px; margin-bottom:6px\">%2<br><span class=\"muted\">%3</span></p>")
        .arg(direction, linkHtml, esc(note));
}

} // namespace

EntityCard::EntityCard(QWidget *parent)
    : LinkBrowser(parent)
{
    setObjectName(QStringLiteral("entityCard"));
    setFrameShape(QFrame::NoFrame);
    render(false);
}

void EntityCard::setKnowledgeBase(const KnowledgeBase *kb)
{
    m_kb = kb;
    render(false);
}

void EntityCard::showEntity(const QString &id)
{
    if (id == m_id)
        return;
    m_id = id;
    render(false);
}

void EntityCard::changeEvent(QEvent *event)
{
    // LinkBrowser re-applies its palette colours itself; words and direction need a new rendering.
    LinkBrowser::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LayoutDirectionChange)
        render(true);
}

void EntityCard::leaveEvent(QEvent *event)
{
    Q_EMIT linkHovered(QUrl());
    LinkBrowser::leaveEvent(event);
}

void EntityCard::render(bool keepPosition)
{
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    QString out = QStringLiteral("<html><body dir=\"%1\">").arg(rtl ? QStringLiteral("rtl") : QStringLiteral("ltr"));
    const auto entity = (m_kb && !m_id.isEmpty()) ? m_kb->entity(m_id) : std::nullopt;
    if (!entity) {
        const QString text = m_id.isEmpty()
            ? tr("Open a person, organization, place or event to see what it is linked to.")
            : tr("“%1” is not in this knowledge base.").arg(m_id);
        out += QStringLiteral("<p class=\"muted\">%1</p>").arg(esc(text));
        setPageHtml(out + QStringLiteral("</body></html>"), {}, keepPosition);
        setAccessibleDescription(text);
        return;
    }
    const Entity &e = *entity;
    // In the reader's script where the base holds it, the source's form beside it.
    const QString title = ReaderName::titled(e.name, e.aliases, ReaderName::current());
    out += QStringLiteral("<h2 dir=\"%1\">%2</h2>").arg(dir(title), esc(title));
    QString kindLine = esc(entityKindName(e.kind));
    // Competing dates are all given, as on the page: none silently wins.
    QStringList dates;
    for (const DateClaim &d : e.dates) {
        const QString shown = d.date.toDisplayString(locale());
        if (!shown.isEmpty() && !dates.contains(shown))
            dates << shown;
    }
    if (!dates.isEmpty())
        kindLine += QStringLiteral(" · ") + esc(dates.join(QStringLiteral(" / ")));
    out += QStringLiteral("<p class=\"muted\">%1</p>").arg(kindLine);
    QStringList spellings;
    for (const Alias &a : e.aliases) {
        if (a.text != e.name && !spellings.contains(a.text))
            spellings << esc(a.text);
    }
    if (!spellings.isEmpty())
        out += QStringLiteral("<p>%1 %2</p>").arg(esc(tr("Also written:")), spellings.join(QStringLiteral(" · ")));
    if (!e.summary.isEmpty())
        out += QStringLiteral("<p dir=\"%1\">%2</p>").arg(dir(e.summary), HtmlRenderer::inlineToHtml(e.summary));
    out += QStringLiteral("<p>%1</p>").arg(link(KbAddress::graph(e.id), tr("Show in the graph")));

    // One line per linked entity, however many ways it is linked ("founded · heads · president of").
    const QList<Relation> relations = m_kb->relations(e.id);
    QStringList others;
    QHash<QString, QStringList> labels;
    for (const Relation &r : relations) {
        const bool inverse = r.subject != e.id;
        const QString other = inverse ? r.subject : r.object;
        if (!labels.contains(other))
            others << other;
        // A relation that no longer holds says so: a former chairman must not read as the current one.
        const QString label = r.qualifiers.former
            ? PageLabels::former(HtmlRenderer::relationLabel(r.predicate, inverse))
            : HtmlRenderer::relationLabel(r.predicate, inverse);
        if (!labels[other].contains(label))
            labels[other] << label;
    }
    if (!others.isEmpty()) {
        out += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Linked to")));
        for (const QString &other : std::as_const(others)) {
            const QString name = ReaderName::of(*m_kb, other);
            out += entry(dir(name), link(KbAddress::entity(other), name.isEmpty() ? other : name),
                labels.value(other).join(QStringLiteral(" · ")));
        }
    }

    const QList<Mention> mentions = m_kb->backlinks(e.id);
    if (!mentions.isEmpty()) {
        const QString primary = ArticleSource::primaryId(m_kb);
        QStringList seen;
        out += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Mentioned in")));
        for (const Mention &m : mentions) {
            const QString key = m.fromId + u'\x1f' + m.section;
            if (seen.contains(key))
                continue;
            seen << key;
            QString from = m.fromName.isEmpty() ? m.fromId : m.fromName;
            if (m.section.isEmpty()) {
                if (!m.fromName.isEmpty())
                    from = ReaderName::of(*m_kb, m.fromId);
                out += entry(dir(from), link(KbAddress::entity(m.fromId), from), entityKindName(m.fromKind));
            } else {
                const bool lead = m.section == u"(lead)";
                const QUrl url = KbAddress::article(
                    lead ? QStringLiteral("lead") : m.section, {}, m.fromId == primary ? QString() : m.fromId);
                const QString section = lead ? tr("Introduction") : m.section;
                out += entry(dir(section), link(url, section), from);
            }
        }
    }
    setPageHtml(out + QStringLiteral("</body></html>"), {}, keepPosition);
    setAccessibleDescription(title);
}

} // namespace tkb
