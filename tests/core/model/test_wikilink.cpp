// [[id|label]] links are found with their positions, and stripping them gives back the plain text.
#include <core/model/wikilink.h>

#include <QTest>

using tkb::WikiLink;

class TestWikiLink : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesLinks()
    {
        const QString t = QStringLiteral("Led by [[person/alikram-hummatov|Alikram Hummatov]] in [[place/netherlands]].");
        const auto links = WikiLink::parse(t);
        QCOMPARE(links.size(), 2);
        QCOMPARE(links[0].target, QStringLiteral("person/alikram-hummatov"));
        QCOMPARE(links[0].label, QStringLiteral("Alikram Hummatov"));
        QCOMPARE(t.mid(links[0].position, links[0].length), QStringLiteral("[[person/alikram-hummatov|Alikram Hummatov]]"));
        QCOMPARE(links[1].label, QStringLiteral("place/netherlands"));
        QCOMPARE(WikiLink::stripMarkup(t), QStringLiteral("Led by Alikram Hummatov in place/netherlands."));
    }
    void toleratesBrokenMarkup()
    {
        QCOMPARE(WikiLink::parse(QStringLiteral("a [[b")).size(), 0);
        QCOMPARE(WikiLink::stripMarkup(QStringLiteral("a [[b")), QStringLiteral("a [[b"));
        QCOMPARE(WikiLink::parse(QStringLiteral("[[|x]]")).size(), 0);
        QCOMPARE(WikiLink::parse(QStringLiteral("[[a\nb]] [[c|d]]")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestWikiLink)
#include "test_wikilink.moc"
