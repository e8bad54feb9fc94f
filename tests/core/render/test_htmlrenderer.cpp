// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML renderer: everything escaped, only kb:/http(s) links, [[id|label]] links resolve, the Markdown
// subset, relations both ways with readable labels, backlinks, footnotes that open the cited sentence
// highlighted, and kb: addresses that survive a round trip.
#include <core/document/pagebuilder.h>
#include <core/document/pagelabels.h>
#include <core/model/wikilink.h>
#include <core/render/articletext.h>
#include <core/render/htmlrenderer.h>
#include <core/render/kbaddress.h>
#include <core/store/bundledbase.h>
#include <core/store/knowledgebase.h>

#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "../claimsexample.h"

using namespace tkb;

namespace {

QStringList hrefs(const QString &html)
{
    static const QRegularExpression re(QStringLiteral("href=\"([^\"]*)\""));
    QStringList out;
    for (auto it = re.globalMatch(html); it.hasNext();)
        out << it.next().captured(1);
    return out;
}

// Every tag the renderer may write; anything else in its output came from the input.
QStringList unexpectedTags(const QString &html)
{
    static const QSet<QString> allowed { "html", "body", "h1", "h2", "p", "br", "b", "i", "a", "span", "sup", "ul",
        "li", "table", "tr", "th", "td" };
    static const QRegularExpression re(QStringLiteral("<\\s*/?\\s*([A-Za-z0-9]+)"));
    QStringList out;
    for (auto it = re.globalMatch(html); it.hasNext();) {
        const QString tag = it.next().captured(1).toLower();
        if (!allowed.contains(tag))
            out << tag;
    }
    return out;
}

// The page as a reader sees it: tags removed, entities decoded, whitespace normalised.
QString plainText(const QString &html)
{
    static const QRegularExpression cell(QStringLiteral("</?(td|th|tr|p|br|li|h\\d|table|ul)\\b[^>]*>"));
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    QString out = html;
    out.replace(cell, QStringLiteral(" "));
    out.remove(tag);
    out.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    out.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    out.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    out.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return out.simplified();
}

/// The footnote numbers among runs.
QList<int> notesIn(const PageRuns &runs)
{
    QList<int> out;
    for (const PageRun &r : runs) {
        if (r.note > 0)
            out << r.note;
    }
    return out;
}

// The text inside the highlight spans, tags removed and entities decoded.
QString highlighted(const QString &html)
{
    static const QRegularExpression span(QStringLiteral("<span class=\"hl\">(.*?)</span>"));
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    QString out;
    for (auto it = span.globalMatch(html); it.hasNext();)
        out += it.next().captured(1);
    out.remove(tag);
    out.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    out.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    out.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    out.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return out;
}

Entity hostileEntity()
{
    Entity e;
    e.id = QStringLiteral("person/mallory");
    e.kind = EntityKind::Person;
    e.name = QStringLiteral("<script>alert('name')</script>Mallory");
    e.aliases
        = { Alias { QStringLiteral("<b onmouseover=x>bold</b>"), QStringLiteral("en\"><img src=x>"), QString() } };
    e.summary = QStringLiteral("<img src=x onerror=alert(1)> summary");
    e.body = QStringLiteral(
        "A [[javascript:alert(1)|js link]] and [[file:///etc/passwd|passwd]] and "
        "[js](javascript:alert(1)) and file:///etc/passwd and <a href=\"javascript:alert(2)\">raw</a>.\n\n"
        "- [[person/x\" onclick=\"evil|quoted]]\n- [[data:text/html,<script>|data]]\n\n"
        "<script>alert(3)</script> [[https://example.org/a?b=1&c=2|web]] \x01 [[person/ok|ok]]");
    e.attributes = { Attribute { QStringLiteral("<i>key</i>"), QStringLiteral("<script>v</script>"),
        { Citation {
            QStringLiteral("source/a"), QStringLiteral("History"), QStringLiteral("\"><script>x</script>") } } } };
    return e;
}

} // namespace

class TestHtmlRenderer : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<KnowledgeBase> m_kb;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        StoreError err;
        const QString path = m_dir.filePath(QStringLiteral("pack.tkb"));
        QVERIFY2(BundledBase::build(path, &err), qPrintable(err.message));
        m_kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadOnly, &err);
        QVERIFY2(m_kb, qPrintable(err.message));
    }

    void escapesEverythingAndRefusesUnsafeLinks()
    {
        const HtmlRenderer r(nullptr);
        const QString html = r.entityPage(hostileEntity(), {}, {});
        QVERIFY2(unexpectedTags(html).isEmpty(), qPrintable(unexpectedTags(html).join(u',')));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;Mallory"))
            || html.contains(QStringLiteral("&lt;script&gt;alert('name')&lt;/script&gt;Mallory")));
        QVERIFY(html.contains(QStringLiteral("&lt;img src=x onerror=alert(1)&gt;")));
        QVERIFY(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral("<img"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral("onerror=\""), Qt::CaseInsensitive));
        // The labels of refused links stay as text.
        QVERIFY(html.contains(QStringLiteral("js link")));
        QVERIFY(html.contains(QStringLiteral("passwd")));
        const QStringList links = hrefs(html);
        QVERIFY(!links.isEmpty());
        for (const QString &h : links) {
            QVERIFY2(h.startsWith(QLatin1String("kb:")) || h.startsWith(QLatin1String("https://"))
                    || h.startsWith(QLatin1String("http://")),
                qPrintable(h));
            QVERIFY2(!h.contains(QLatin1String("javascript"), Qt::CaseInsensitive), qPrintable(h));
            QVERIFY2(!h.contains(QLatin1String("file:"), Qt::CaseInsensitive), qPrintable(h));
            QVERIFY2(!h.contains(u'"') && !h.contains(u'<'), qPrintable(h));
        }
        QVERIFY(links.contains(QStringLiteral("https://example.org/a?b=1&amp;c=2")));
        QVERIFY(links.contains(QStringLiteral("kb:person/ok")));
        // A control character in the input never turns into a highlight.
        QVERIFY(!html.contains(QStringLiteral("class=\"hl\"")));
    }

    void refusesUnsafeAddresses()
    {
        QVERIFY(KbAddress::isSafeLink(QUrl(QStringLiteral("kb:person/x"))));
        QVERIFY(KbAddress::isSafeLink(QUrl(QStringLiteral("https://unpo.org/"))));
        QVERIFY(!KbAddress::isSafeLink(QUrl(QStringLiteral("javascript:alert(1)"))));
        QVERIFY(!KbAddress::isSafeLink(QUrl(QStringLiteral("file:///etc/passwd"))));
        QVERIFY(!KbAddress::isSafeLink(QUrl(QStringLiteral("data:text/html,x"))));
        QVERIFY(!KbAddress::isSafeLink(QUrl(QStringLiteral("http:relative"))));
    }

    void rendersTheMarkdownSubset()
    {
        const QString html = HtmlRenderer::markdownToHtml(QStringLiteral(
            "See [[person/alikram-hummatov|Alikram Hummatov]] and **bold** and *it*, 5 * 3 * 2.\nNext line.\n\n"
            "- one\n- [[place/baku|Baku]]\n\nlast **unclosed"));
        QVERIFY2(html.contains(QStringLiteral("<a href=\"kb:person/alikram-hummatov\">Alikram Hummatov</a>")),
            qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("<b>bold</b>")));
        QVERIFY(html.contains(QStringLiteral("<i>it</i>")));
        QVERIFY(html.contains(QStringLiteral("5 * 3 * 2.<br/>Next line.")));
        QVERIFY(
            html.contains(QStringLiteral("<ul>\n<li>one</li>\n<li><a href=\"kb:place/baku\">Baku</a></li>\n</ul>")));
        QVERIFY(html.contains(QStringLiteral("<p>last **unclosed</p>")));
        QCOMPARE(html.count(QStringLiteral("<p>")), 2);
        // A "# " line is a heading (the PDF reads it so too); "#" without a space is text.
        QCOMPARE(HtmlRenderer::markdownToHtml(QStringLiteral("# Early life\nText\n#E66B10")),
            QStringLiteral("<h3>Early life</h3>\n<p>Text<br/>#E66B10</p>\n"));
        // Crossed emphasis still nests.
        QCOMPARE(
            HtmlRenderer::inlineToHtml(QStringLiteral("**a *b** c*")), QStringLiteral("<b>a <i>b</i></b><i> c</i>"));
    }

    void addressesRoundTrip()
    {
        const QString sentence = QStringLiteral("A & B = C + D #1 100% \"quoted\" ? / done.");
        const QUrl url = KbAddress::article(QStringLiteral("Movement goals"), sentence);
        const KbAddress a = KbAddress::parse(QUrl(url.toString()));
        QCOMPARE(a.type(), KbAddress::Type::Article);
        QCOMPARE(a.section(), QStringLiteral("Movement goals"));
        QCOMPARE(a.highlight(), sentence);
        QVERIFY(a.sourceId().isEmpty());

        QCOMPARE(KbAddress::parse(QUrl(QStringLiteral("kb:person/alikram-hummatov"))).type(), KbAddress::Type::Entity);
        QCOMPARE(KbAddress::parse(QUrl(QStringLiteral("kb:source/unpo-website"))).type(), KbAddress::Type::Entity);
        QCOMPARE(KbAddress::parse(QUrl(QStringLiteral("kb:source/unpo-website"))).entityId(),
            QStringLiteral("source/unpo-website"));
        const KbAddress src = KbAddress::parse(QUrl(QStringLiteral("kb:source/person/alikram-hummatov")));
        QCOMPARE(src.type(), KbAddress::Type::EntitySource);
        QCOMPARE(src.entityId(), QStringLiteral("person/alikram-hummatov"));
        QCOMPARE(KbAddress::parse(QUrl(QStringLiteral("kb:source/article"))).type(), KbAddress::Type::ArticleSource);
        const KbAddress list = KbAddress::parse(QUrl(QStringLiteral("kb:list/organization")));
        QCOMPARE(list.type(), KbAddress::Type::List);
        QCOMPARE(list.kind(), EntityKind::Organization);
        QCOMPARE(KbAddress::parse(QUrl(QStringLiteral("kb:graph/person/x"))).entityId(), QStringLiteral("person/x"));
        QCOMPARE(KbAddress::parse(QUrl(QStringLiteral("kb:timeline"))).type(), KbAddress::Type::Timeline);
        QCOMPARE(KbAddress::parse(QUrl(QStringLiteral("kb:list/nonsense"))).type(), KbAddress::Type::Invalid);
        QCOMPARE(KbAddress::parse(QUrl(QStringLiteral("kb:nokind/x"))).type(), KbAddress::Type::Invalid);
        QCOMPARE(
            KbAddress::parse(QUrl(QStringLiteral("http://example.org/person/x"))).type(), KbAddress::Type::Invalid);
        QCOMPARE(KbAddress::parse(KbAddress::article(QStringLiteral("History"), {}, QStringLiteral("source/other")))
                     .sourceId(),
            QStringLiteral("source/other"));

        const KbAddress history = KbAddress::parse(QUrl(KbAddress::history(QStringLiteral("person/x")).toString()));
        QCOMPARE(history.type(), KbAddress::Type::History);
        QCOMPARE(history.entityId(), QStringLiteral("person/x"));
        QCOMPARE(history.kind(), EntityKind::Person);
        QCOMPARE(KbAddress::history(QStringLiteral("person/x")).toString(), QStringLiteral("kb:history/person/x"));
        QCOMPARE(KbAddress::parse(QUrl(QStringLiteral("kb:history/person"))).type(), KbAddress::Type::Invalid);
        QCOMPARE(KbAddress::parse(QUrl(QStringLiteral("kb:history/nokind/x"))).type(), KbAddress::Type::Invalid);
        QCOMPARE(KbAddress::parse(QUrl(QStringLiteral("kb:history"))).type(), KbAddress::Type::Invalid);
        QCOMPARE(KbAddress::changes().toString(), QStringLiteral("kb:changes"));
        QCOMPARE(KbAddress::parse(KbAddress::changes()).type(), KbAddress::Type::Changes);
        QCOMPARE(KbAddress::parse(QUrl(QStringLiteral("kb:changes/x"))).type(), KbAddress::Type::Invalid);
    }

    void entityPageShowsRelationsBacklinksAndFootnotes()
    {
        const HtmlRenderer r(m_kb.get(), QLocale(QLocale::English));
        const QString html = r.entityPage(QStringLiteral("person/alikram-hummatov"));
        QVERIFY(html.contains(QStringLiteral("<h1>Alikram Hummatov</h1>")));
        QVERIFY(html.contains(QStringLiteral("Аликрам Гумматов</b> <span class=\"muted\">(Russian, Cyrillic)")));
        QVERIFY(html.contains(QStringLiteral("<th>Role</th>")));
        // Outgoing relation with its period.
        const QRegularExpression heads(
            QStringLiteral("<td class=\"pred\">heads</td><td>→ <a "
                           "href=\"kb:organization/talysh-national-movement\">Talysh National Movement</a>"
                           " <span class=\"muted\">\\(from 2007\\)</span>"));
        QVERIFY2(heads.match(html).hasMatch(), qPrintable(html));
        // Incoming relation read from this side: the political council heads the TNM, so on the TNM's page
        // the council appears under "headed by".
        const QString tnm = r.entityPage(QStringLiteral("organization/talysh-national-movement"));
        QVERIFY(tnm.contains(QStringLiteral("<td class=\"pred\">headed by</td>")));
        QVERIFY(tnm.contains(QStringLiteral("kb:person/alikram-hummatov")));
        // Backlinks to article sections and entity bodies.
        QVERIFY(html.contains(QStringLiteral("<h2>Mentioned in</h2>")));
        QVERIFY(html.contains(QStringLiteral("href=\"kb:article#History\"")));
        QVERIFY(html.contains(QStringLiteral("href=\"kb:article#lead\"")));
        QVERIFY(html.contains(QStringLiteral("href=\"kb:person/fahraddin-abbaszadeh\""))
            || html.contains(QStringLiteral("href=\"kb:organization/")));
        // Footnotes: numbered markers whose links open the cited sentence highlighted.
        QVERIFY(html.contains(QStringLiteral(">[1]</a></sup>")));
        QVERIFY(html.contains(QStringLiteral("<h2>References</h2>")));
        bool sawSection = false;
        for (const QString &h : hrefs(html)) {
            const QString decoded = QString(h).replace(QStringLiteral("&amp;"), QStringLiteral("&"));
            const KbAddress a = KbAddress::parse(QUrl(decoded));
            QVERIFY2(a.isValid(), qPrintable(h));
            if (a.type() == KbAddress::Type::Entity)
                QVERIFY2(m_kb->contains(a.entityId()), qPrintable(a.entityId()));
            if (a.type() == KbAddress::Type::Article && !a.highlight().isEmpty() && a.section() == u"History") {
                sawSection = true;
                const auto doc = m_kb->source(QStringLiteral("source/talysh-national-movement-article"));
                QVERIFY(WikiLink::stripMarkup(doc->section(a.section())->text).contains(a.highlight()));
            }
        }
        QVERIFY(sawSection);
    }

    void everyCitationHighlightsItsSentence()
    {
        const HtmlRenderer r(m_kb.get());
        const auto doc = m_kb->source(QStringLiteral("source/talysh-national-movement-article"));
        QVERIFY(doc);
        int checked = 0;
        for (const EntityRef &ref : m_kb->entities(std::nullopt)) {
            const auto e = m_kb->entity(ref.id);
            QList<Citation> cites = e->citations;
            for (const Attribute &a : e->attributes)
                cites += a.citations;
            for (const Citation &c : std::as_const(cites)) {
                if (!c.isValid())
                    continue;
                const KbAddress a = KbAddress::parse(HtmlRenderer::citationUrl(c, doc->id));
                QCOMPARE(a.type(), KbAddress::Type::Article);
                const QString html = r.articlePage(*doc, a.section(), a.highlight());
                QVERIFY2(html.contains(QStringLiteral("<a name=\"cite\"></a>")),
                    qPrintable(c.section + QStringLiteral(": ") + c.sentence));
                const QString hl = highlighted(html);
                // An infobox line is highlighted as its key cell and its value cell.
                const QString expected = c.section == u"Infobox"
                    ? QString(c.sentence).replace(QStringLiteral(": "), QString())
                    : c.sentence;
                // Snapping to whole links may widen the highlight, never narrow it.
                QVERIFY2(hl.contains(expected), qPrintable(hl + QStringLiteral(" / ") + c.sentence));
                QVERIFY2(hl.size() <= c.sentence.size() + 80, qPrintable(hl));
                QVERIFY(unexpectedTags(html).isEmpty());
                ++checked;
            }
        }
        QVERIFY(checked > 100);
    }

    void highlightsInsideLinks()
    {
        SourceDocument doc;
        doc.id = QStringLiteral("source/t");
        doc.title = QStringLiteral("T");
        doc.sections = { Section { QStringLiteral("lead"), QString(),
            QStringLiteral("First one. The [[organization/x|Movement]] met in [[place/y|The Hague]]. Last.") } };
        const HtmlRenderer r(nullptr);
        const QString html = r.articlePage(doc, QStringLiteral("lead"), QStringLiteral("Movement met in The"));
        QCOMPARE(highlighted(html), QStringLiteral("Movement met in The Hague"));
        QVERIFY(html.contains(QStringLiteral("<a href=\"kb:organization/x\"><span class=\"hl\">Movement</span></a>")));
        QVERIFY(html.contains(QStringLiteral("First one. The <a name=\"cite\"></a>")));
        // Not found: no highlight, no anchor, the section still shows.
        const QString none = r.articlePage(doc, QStringLiteral("lead"), QStringLiteral("not there"));
        QVERIFY(!none.contains(QStringLiteral("class=\"hl\"")));
        QVERIFY(none.contains(QStringLiteral("First one.")));
    }

    void articleShowsEverySectionAndItsInfobox()
    {
        const HtmlRenderer r(m_kb.get());
        const auto doc = m_kb->source(QStringLiteral("source/talysh-national-movement-article"));
        const QString html = r.articlePage(*doc, {}, QStringLiteral("Founder: Alikram Hummatov"));
        for (const QString &t : { QStringLiteral("History"), QStringLiteral("Movement goals"),
                 QStringLiteral("Problems"), QStringLiteral("See also") })
            QVERIFY(html.contains(QStringLiteral("</a>%1</h2>").arg(t)));
        QCOMPARE(highlighted(html), QStringLiteral("FounderAlikram Hummatov"));
        QVERIFY(html.count(QStringLiteral("href=\"kb:person/alikram-hummatov\"")) >= 5);
        const QString section = r.articlePage(*doc, QStringLiteral("Movement goals"));
        QVERIFY(section.contains(QStringLiteral("<h1>Movement goals</h1>")));
        QVERIFY(!section.contains(QStringLiteral("<h1>History</h1>")));
        QVERIFY(r.articlePage(*doc, QStringLiteral("Nope")).contains(QStringLiteral("no section")));
    }

    void listsAndTimeline()
    {
        const HtmlRenderer r(m_kb.get(), QLocale(QLocale::English));
        const QString list = r.listPage(QStringLiteral("People"), m_kb->entities(EntityKind::Person));
        // A table, as the PDF prints it: one row per entry, its name linking to its page.
        QCOMPARE(list.count(QStringLiteral("<tr><td><b><a href=\"kb:person/")), 6);
        const QString tl = r.timelinePage(m_kb->events());
        QVERIFY(tl.contains(QStringLiteral("<td class=\"pred\">26 June 2007</td>")));
        QVERIFY(tl.contains(QStringLiteral("<td class=\"pred\">July 2018</td>")));
        QVERIFY(tl.indexOf(QStringLiteral("1993")) < tl.indexOf(QStringLiteral("2019")));
    }

    void claimsShowTheirQualifiersAndEveryCitation()
    {
        // The bundled base with the example's claims added.
        QTemporaryDir dir;
        StoreError err;
        const QString path = dir.filePath(QStringLiteral("claims.tkb"));
        QVERIFY2(BundledBase::build(path, &err), qPrintable(err.message));
        auto kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadWrite, &err);
        QVERIFY2(kb, qPrintable(err.message));
        QVERIFY2(kb->importPack(tkbtest::claimsExample(), &err), qPrintable(err.message));

        const QLocale english(QLocale::English, QLocale::UnitedKingdom);
        const QString html = HtmlRenderer(kb.get(), english).entityPage(tkbtest::claimsExampleId);
        const QString text = plainText(html);
        // A former name, a reported value according to an entity (linked), a former one beside it, an opinion.
        QVERIFY2(text.contains(QStringLiteral("Примерный совет (Russian, Cyrillic · former)[1]")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral(
                     "The Hague (reported · according to Unrepresented Nations and Peoples Organization · “is "
                     "considered to be”)")),
            qPrintable(text));
        QVERIFY(
            html.contains(QStringLiteral("according to </span><a "
                                         "href=\"kb:organization/unrepresented-nations-and-peoples-organization\">")));
        QVERIFY2(text.contains(QStringLiteral("Baku (former)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Autonomism (opinion of Alikram Hummatov)")), qPrintable(text));
        QVERIFY(html.contains(QStringLiteral("opinion of </span><a href=\"kb:person/alikram-hummatov\">")));
        // A period whose start is only "after 2004" never reads "from after 2004".
        QVERIFY2(text.contains(QStringLiteral("in exile (began after 2004, ended 2010)")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("from after")));
        // The former chairman is not listed as the chairman; the ambiguous relation says so and quotes its note.
        QVERIFY2(text.contains(QStringLiteral("chairman (former) → Alikram Hummatov")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("chairman → ")));
        QVERIFY2(text.contains(QStringLiteral(
                     "→ The Hague (from 2007 · ambiguous reading · “in the Netherlands” may mean The Hague or the "
                     "country)")),
            qPrintable(text));

        // Built once for both back ends: the date row holds both competing claims, each with its own notes.
        PageBuilder builder(kb.get(), english);
        const PageDocument page = builder.entity(tkbtest::claimsExampleId);
        const auto box = std::find_if(page.blocks.cbegin(), page.blocks.cend(),
            [](const PageBlock &b) { return b.role == PageBlock::Role::Infobox; });
        QVERIFY(box != page.blocks.cend());
        QCOMPARE(box->rows.first().first().first().text, QStringLiteral("Date"));
        const PageRuns dates = box->rows.first().at(1);
        const qsizetype split = std::find_if(dates.cbegin(), dates.cend(), [](const PageRun &r) {
            return r.text == u"\n";
        }) - dates.cbegin();
        QVERIFY(split < dates.size());
        const PageRuns first = dates.mid(0, split);
        const PageRuns second = dates.mid(split + 1);
        QCOMPARE(first.first().text, QStringLiteral("26 June 2007"));
        QCOMPARE(second.first().text, QStringLiteral("2008"));
        QCOMPARE(notesIn(first).size(), 1);
        QCOMPARE(notesIn(second).size(), 2);
        QVERIFY(!notesIn(second).contains(notesIn(first).first()));
        QVERIFY(plainText(HtmlPageWriter::runs(second))
                .startsWith(
                    QStringLiteral("2008 (reported · according to Unrepresented Nations and Peoples Organization)[")));
        // Every citation of every claim has its note: the relation resting on two sentences shows two markers.
        const auto notes = std::find_if(page.blocks.cbegin(), page.blocks.cend(),
            [](const PageBlock &b) { return b.kind == PageBlock::Kind::Notes; });
        QVERIFY(notes != page.blocks.cend());
        QString references;
        for (const PageRuns &item : notes->items)
            references += plainText(HtmlPageWriter::runs(item)) + u'\n';
        for (const QString &sentence :
            { QStringLiteral("he was pardoned in 2004."), QStringLiteral("later commuted to life in prison."),
                QStringLiteral("on 26 June 2007."), QStringLiteral("according to the organization's own records."),
                QStringLiteral("cultural and linguistic freedoms.") })
            QVERIFY2(references.contains(sentence), qPrintable(sentence));
        QVERIFY(text.contains(
            QRegularExpression(QStringLiteral("chairman \\(former\\) → Alikram Hummatov\\[\\d+\\]\\[\\d+\\]"))));

        // A source's page says what identifies it; its web address links outside.
        const QString source = HtmlRenderer(kb.get(), english).entityPage(tkbtest::claimsReportId);
        const QString sourceText = plainText(source);
        QVERIFY2(sourceText.contains(QStringLiteral("Author A. Reporter")), qPrintable(sourceText));
        QVERIFY(sourceText.contains(QStringLiteral("Publisher Example Press")));
        QVERIFY(sourceText.contains(QStringLiteral("Published March 2019")));
        QVERIFY(sourceText.contains(QStringLiteral("Language Dutch")));
        QVERIFY(
            source.contains(QStringLiteral("<a href=\"https://example.org/report\">https://example.org/report</a>")));
    }

    void periodsReadSensibly()
    {
        const QLocale en(QLocale::English, QLocale::UnitedKingdom);
        const auto d = [](const char *edtf) { return FuzzyDate::fromEdtf(QString::fromLatin1(edtf)); };
        QCOMPARE(PageLabels::period(d("1993"), d("1995"), en), QStringLiteral("1993 – 1995"));
        QCOMPARE(PageLabels::period(d("1993~"), {}, en), QStringLiteral("from circa 1993"));
        QCOMPARE(PageLabels::period({}, d("2019-late"), en), QStringLiteral("until end of 2019"));
        QCOMPARE(PageLabels::period(d("[2004..]"), {}, en), QStringLiteral("began after 2004"));
        QCOMPARE(PageLabels::period({}, d("[..2010]"), en), QStringLiteral("ended before 2010"));
        QCOMPARE(PageLabels::period(d("[2004..]"), d("2010"), en), QStringLiteral("began after 2004, ended 2010"));
        QCOMPARE(PageLabels::period(d("2014-06-29/.."), {}, en), QStringLiteral("from 29 June 2014"));
        QCOMPARE(PageLabels::period({}, d("../2008"), en), QStringLiteral("until 2008"));
        QCOMPARE(PageLabels::period({}, {}, en), QString());
        QCOMPARE(PageLabels::former(QStringLiteral("chairman of")), QStringLiteral("chairman of (former)"));
    }

    void labelsRelationsBothWays()
    {
        QCOMPARE(HtmlRenderer::relationLabel(QStringLiteral("heads"), false), QStringLiteral("heads"));
        QCOMPARE(HtmlRenderer::relationLabel(QStringLiteral("heads"), true), QStringLiteral("headed by"));
        QCOMPARE(HtmlRenderer::relationLabel(QStringLiteral("made-up-thing"), false), QStringLiteral("made up thing"));
    }

    void writesTheArticleBackInItsOwnFormat()
    {
        const auto doc = m_kb->source(QStringLiteral("source/talysh-national-movement-article"));
        const QString text = ArticleText::toMarkup(*doc);
        QVERIFY(text.startsWith(QStringLiteral("= Talysh National Movement =\n\nTalysh National Movement\n- Logo: ")));
        QVERIFY(text.contains(QStringLiteral("\n\n== History ==\nIn the second half of August 1993")));
        QVERIFY(text.contains(QStringLiteral("[[person/alikram-hummatov|Alikram Hummatov]]")));
    }
};

QTEST_GUILESS_MAIN(TestHtmlRenderer)
#include "test_htmlrenderer.moc"
