// SPDX-License-Identifier: GPL-3.0-or-later
// Tab titles stay readable with many tabs: with thirty open each tab keeps room for the first ten characters of its
// title (Qt alone would shrink them to "Лю…"), its tooltip gives the whole title, and the strip scrolls, in a
// left-to-right and a right-to-left window alike.
#include <ui/shell/tabbar.h>
#include <ui/shell/tabwidget.h>

#include <QAbstractButton>
#include <QLabel>
#include <QTest>
#include <QToolButton>

using namespace tkb;

class TestTabTitles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void manyTabsKeepTheirTitlesReadable_data()
    {
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::newRow("left to right") << Qt::LeftToRight;
        QTest::newRow("right to left") << Qt::RightToLeft;
    }
    void manyTabsKeepTheirTitlesReadable()
    {
        QFETCH(Qt::LayoutDirection, direction);
        TabWidget tabs;
        tabs.setLayoutDirection(direction);
        tabs.resize(900, 400);
        QStringList titles;
        for (int i = 0; i < 30; ++i) {
            const QString title = i % 3 == 0 ? QStringLiteral("Люди движения, страница %1").arg(i)
                : i % 3 == 1 ? QStringLiteral("Government of the Talysh-Mughan Autonomous Republic in exile %1").arg(i)
                             : QStringLiteral("Alikram Hummatov %1").arg(i);
            titles << title;
            tabs.addTab(new QLabel(title), QString());
            tabs.setTabTitle(i, title);
        }
        tabs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tabs));
        QTabBar *bar = tabs.tabBar();
        QVERIFY(bar->usesScrollButtons());
        QCOMPARE(bar->elideMode(), Qt::ElideRight);
        const QFontMetrics fm = bar->fontMetrics();
        int total = 0;
        for (int i = 0; i < tabs.count(); ++i) {
            bar->setCurrentIndex(i); // scrolled into view
            QCOMPARE(bar->tabToolTip(i), titles[i]);
            QCOMPARE(tabs.tabTitle(i), titles[i]);
            const QString first = titles[i].left(TabBar::minimumTitleChars);
            QVERIFY(bar->tabText(i).startsWith(first));
            QWidget *close = bar->tabButton(i, QTabBar::RightSide);
            if (!close)
                close = bar->tabButton(i, QTabBar::LeftSide);
            QVERIFY(close);
            const int room = bar->tabRect(i).width() - close->width();
            QVERIFY2(room >= fm.horizontalAdvance(first),
                qPrintable(QStringLiteral("tab %1: %2 px for \"%3\" (%4 px)")
                        .arg(i)
                        .arg(room)
                        .arg(first)
                        .arg(fm.horizontalAdvance(first))));
            QVERIFY(bar->rect().intersects(bar->tabRect(i)));
            total += bar->tabRect(i).width();
        }
        // Thirty such tabs cannot all fit: the strip scrolls instead of squeezing them.
        QVERIFY(total > bar->width());
        bool scrolls = false;
        for (QToolButton *b : bar->findChildren<QToolButton *>())
            scrolls = scrolls || b->isVisible();
        QVERIFY(scrolls);
    }
};

QTEST_MAIN(TestTabTitles)
#include "test_tabtitles.moc"
