// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What every tab shows: an entity page, an article section, a list, the timeline, the graph, search results
// or a source view. The main window knows pages only through this interface.
#include <QUrl>
#include <QWidget>

namespace tkb {

class TabPage : public QWidget
{
    Q_OBJECT
public:
    /// How a link click asks to be opened.
    enum class OpenIn { CurrentTab, NewTab, NewBackgroundTab };
    Q_ENUM(OpenIn)

    using QWidget::QWidget;

    /// The address of what the page shows, enough to recreate it (tab restore, history, duplicate):
    /// "kb:person/alikram-hummatov", "kb:article", "kb:article#History", "kb:list/person", "kb:timeline",
    /// "kb:graph/person/alikram-hummatov", "kb:search?q=Hummatov", "kb:source/person/alikram-hummatov".
    virtual QUrl address() const = 0;
    /// Short title for the tab, in the current UI language.
    virtual QString title() const = 0;
    /// The entity the page is about or has selected (for the sidebar); empty if none.
    virtual QString currentEntityId() const { return {}; }
    /// Zoom step relative to the default (0), as Ctrl+= / Ctrl+- / Ctrl+0 change it.
    virtual void setZoom(int steps) { Q_UNUSED(steps); }
    /// Re-reads data from the knowledge base (after an import) keeping the position where possible.
    virtual void reload() { }

Q_SIGNALS:
    /// A link was activated: kb: addresses navigate inside; http(s) are opened outside by the window.
    void linkActivated(const QUrl &url, tkb::TabPage::OpenIn where);
    /// The mouse is over a link (empty url when it leaves one), for the preview card.
    void linkHovered(const QUrl &url);
    void titleChanged();
    void currentEntityChanged(const QString &id);
};

} // namespace tkb
