// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A read-only QTextBrowser for rendered pages: never navigates by itself, reports link activation with how to
// open it (Ctrl+click: background tab, middle click or Ctrl+Shift+click: new tab), refuses links other than
// kb: and http(s), styles the renderer's classes from the palette and zooms by font steps; its context menu
// (mouse, Menu key or Shift+F10) carries the page's own actions.
#include <ui/shell/tabpage.h>

#include <QMenu>
#include <QPointer>
#include <QTextBrowser>

#include <functional>

namespace tkb {

class LinkBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    explicit LinkBrowser(QWidget *parent = nullptr);

    /// Shows html. With anchor, scrolls to it (now and once laid out at its real size); with keepPosition the
    /// scroll position stays where it was (re-render after a palette, language or data change).
    void setPageHtml(const QString &html, const QString &anchor = {}, bool keepPosition = false);
    QString pageHtml() const { return m_html; }
    void setZoom(int steps);
    int zoom() const { return m_zoom; }

    /// Called with the context menu (copy, select all ...) before it opens, for the page to add its actions.
    void setContextMenuHook(std::function<void(QMenu *)> hook) { m_menuHook = std::move(hook); }
    /// The context menu open now, if any.
    QMenu *contextMenu() const { return m_menu; }

    /// How a link is to be opened for a mouse button and modifiers.
    static TabPage::OpenIn openInFor(Qt::MouseButton button, Qt::KeyboardModifiers modifiers);
    /// Background of a highlighted (cited) sentence: the selection colour thinned into the base colour, so the
    /// text colour stays readable on light and dark palettes alike.
    static QColor highlightColor(const QPalette &palette);
    /// The style sheet for the renderer's classes (.muted, .hl, tables ...) in this palette's colours.
    static QString styleSheetFor(const QPalette &palette);

Q_SIGNALS:
    void linkActivated(const QUrl &url, tkb::TabPage::OpenIn where);
    void linkHovered(const QUrl &url);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    /// Tab and Shift+Tab move between the links (as QTextBrowser does); a screen reader is told the link's name.
    bool focusNextPrevChild(bool next) override;

private:
    void onAnchorClicked(const QUrl &url);
    void applyHtml(bool keepPosition);
    void scrollToPending();

    QString m_html;
    QString m_pendingAnchor;
    QFont m_baseFont;
    int m_zoom = 0;
    bool m_inMouseRelease = false;
    Qt::KeyboardModifiers m_mouseModifiers;
    std::function<void(QMenu *)> m_menuHook;
    QPointer<QMenu> m_menu;
};

} // namespace tkb
