// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One tab: the page it shows now and its own back/forward history. Navigating replaces the page with a new
// one for the new address; the tab passes on what its current page signals.
#include <ui/shell/navigationhistory.h>
#include <ui/shell/tabpage.h>

#include <QPointer>

#include <functional>

class QVBoxLayout;

namespace tkb {

class BrowserTab : public QWidget
{
    Q_OBJECT
public:
    /// Makes the page for an address, or nullptr when no page shows it.
    using PageMaker = std::function<TabPage *(const QUrl &address, QWidget *parent)>;

    BrowserTab(PageMaker maker, QWidget *parent = nullptr);

    /// Opens address as a new history entry. False (and nothing changes) when no page shows it.
    bool navigate(const QUrl &address);
    bool goBack();
    bool goForward();
    /// Makes the page again for the current address (after the knowledge base changed under it).
    bool rebuild();

    TabPage *page() const { return m_page; }
    QUrl address() const;
    QString title() const;
    const NavigationHistory &history() const { return m_history; }
    void setHistory(const NavigationHistory &history) { m_history = history; }
    void setZoom(int steps);

Q_SIGNALS:
    void pageReplaced(tkb::TabPage *page);
    void linkActivated(const QUrl &url, tkb::TabPage::OpenIn where);
    void linkHovered(const QUrl &url);
    void titleChanged();
    void currentEntityChanged(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool show(const QUrl &address);

    PageMaker m_maker;
    QVBoxLayout *m_layout = nullptr;
    QPointer<TabPage> m_page;
    NavigationHistory m_history;
    int m_zoom = 0;
};

} // namespace tkb
