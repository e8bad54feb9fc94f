// SPDX-License-Identifier: GPL-3.0-or-later
#include <ui/shell/tabbar.h>
#include <ui/shell/tabwidget.h>

namespace tkb {

namespace {
// Titles like "Government of the Talysh-Mughan Autonomous Republic in exile" would fill the strip.
constexpr int maxTitleChars = 28;
} // namespace

TabWidget::TabWidget(QWidget *parent)
    : QTabWidget(parent)
{
    setObjectName(QStringLiteral("tabs"));
    m_bar = new TabBar(this);
    setTabBar(m_bar);
    setDocumentMode(true);
    setTabsClosable(true);
    setMovable(true);
    setElideMode(Qt::ElideRight);
}

void TabWidget::setTabTitle(int index, const QString &title)
{
    if (index < 0 || index >= count())
        return;
    const QFontMetrics fm(m_bar->font());
    QString shown = fm.elidedText(title, Qt::ElideRight, fm.averageCharWidth() * maxTitleChars);
    // A lone "&" would become a mnemonic and vanish.
    shown.replace(u'&', QStringLiteral("&&"));
    setTabText(index, shown);
    setTabToolTip(index, title);
    m_bar->setTabData(index, title);
    m_bar->setAccessibleTabName(index, title);
}

QString TabWidget::tabTitle(int index) const
{
    return m_bar->tabData(index).toString();
}

} // namespace tkb
