// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One tab's back/forward list of addresses, like a browser's: visiting drops the forward part.
#include <QList>
#include <QUrl>

namespace tkb {

class NavigationHistory
{
public:
    /// Most entries kept behind the current one; older ones fall off so a long session stays small.
    static constexpr int maxBack = 100;

    /// Makes url the current entry; the previous current one becomes "back", the forward list is dropped.
    /// Visiting the current address again changes nothing.
    void visit(const QUrl &url);
    /// The page changed its own address (a filter, a section) without a new visit.
    void replaceCurrent(const QUrl &url) { m_current = url; }

    QUrl current() const { return m_current; }
    bool canGoBack() const { return !m_back.isEmpty(); }
    bool canGoForward() const { return !m_forward.isEmpty(); }
    /// Steps back and returns the new current address (empty if there is nothing back).
    QUrl back();
    QUrl forward();
    /// Undoes the last back()/forward() when the page for the new address could not be made.
    void undoBack();
    void undoForward();

    QList<QUrl> backList() const { return m_back; }
    QList<QUrl> forwardList() const { return m_forward; }

private:
    QList<QUrl> m_back; ///< oldest first
    QList<QUrl> m_forward; ///< nearest first
    QUrl m_current;
};

} // namespace tkb
