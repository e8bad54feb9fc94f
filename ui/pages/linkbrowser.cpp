// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/render/kbaddress.h>
#include <ui/common/kindcolors.h>
#include <ui/pages/linkbrowser.h>
#include <ui/theme/thememanager.h>

#include <QAccessible>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTimer>

namespace tkb {

namespace {
const auto mix = &KindColors::mix;
} // namespace

LinkBrowser::LinkBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
    // Links reachable with Tab and activated with Enter, text selectable for copying.
    setTextInteractionFlags(Qt::TextBrowserInteraction);
    document()->setDocumentMargin(12);
    m_baseFont = font();
    connect(this, &QTextBrowser::anchorClicked, this, &LinkBrowser::onAnchorClicked);
    connect(this, qOverload<const QUrl &>(&QTextBrowser::highlighted), this,
        [this](const QUrl &url) { Q_EMIT linkHovered(KbAddress::isSafeLink(url) ? url : QUrl()); });
}

TabPage::OpenIn LinkBrowser::openInFor(Qt::MouseButton button, Qt::KeyboardModifiers modifiers)
{
    if (button == Qt::MiddleButton)
        return TabPage::OpenIn::NewTab;
    if (modifiers & Qt::ControlModifier)
        return (modifiers & Qt::ShiftModifier) ? TabPage::OpenIn::NewTab : TabPage::OpenIn::NewBackgroundTab;
    return TabPage::OpenIn::CurrentTab;
}

QColor LinkBrowser::highlightColor(const QPalette &p)
{
    // Rounded to 8 bits per channel: exactly the colour the style sheet's "#rrggbb" gives the document.
    return QColor::fromRgb(mix(p.color(QPalette::Base), p.color(QPalette::Highlight), 0.35).rgb());
}

QString LinkBrowser::styleSheetFor(const QPalette &p)
{
    const QColor text = p.color(QPalette::Text);
    const QColor base = p.color(QPalette::Base);
    const bool stark = ThemeManager::isHighContrast(p);
    const QColor muted = mix(text, base, stark ? 0.15 : 0.38);
    const QColor line = mix(text, base, 0.75);
    const QColor header = mix(base, text, 0.06);
    const QColor hl = highlightColor(p);
    // In high contrast a link is told from text by more than its colour.
    const QString linkLine = stark ? QStringLiteral("underline") : QStringLiteral("none");
    return QStringLiteral("a { color: %1; text-decoration: %6; }\n"
                          "h1 { margin-bottom: 2px; }\n"
                          "h2 { margin-top: 18px; }\n"
                          ".kind, .muted { color: %2; }\n"
                          ".kind { margin-top: 0px; }\n"
                          ".summary { font-style: italic; }\n"
                          ".hl { background-color: %3; }\n"
                          "table.infobox { border-collapse: collapse; border-style: solid; border-width: 1px; "
                          "border-color: %4; margin-bottom: 8px; }\n"
                          "table.infobox th { background-color: %5; text-align: left; font-weight: bold; }\n"
                          "td.pred { color: %2; padding-right: 12px; }\n"
                          "p.ref { margin-top: 2px; margin-bottom: 2px; }\n")
        .arg(p.color(QPalette::Link).name(), muted.name(), hl.name(), line.name(), header.name(), linkLine);
}

void LinkBrowser::setPageHtml(const QString &html, const QString &anchor, bool keepPosition)
{
    m_html = html;
    m_pendingAnchor = anchor;
    applyHtml(keepPosition);
}

void LinkBrowser::applyHtml(bool keepPosition)
{
    const int v = verticalScrollBar()->value();
    document()->setDefaultStyleSheet(styleSheetFor(palette()));
    setHtml(m_html);
    if (keepPosition)
        verticalScrollBar()->setValue(v);
    if (!m_pendingAnchor.isEmpty()) {
        scrollToAnchor(m_pendingAnchor);
        // The layout settles only once the widget has its real size.
        QTimer::singleShot(0, this, &LinkBrowser::scrollToPending);
    }
}

void LinkBrowser::scrollToPending()
{
    if (!m_pendingAnchor.isEmpty())
        scrollToAnchor(m_pendingAnchor);
    if (isVisible())
        m_pendingAnchor.clear();
}

void LinkBrowser::setZoom(int steps)
{
    m_zoom = steps;
    QFont f = m_baseFont;
    const qreal base = m_baseFont.pointSizeF() > 0 ? m_baseFont.pointSizeF() : 10.0;
    f.setPointSizeF(qMax(base * 0.5, base + steps));
    setFont(f);
}

void LinkBrowser::contextMenuEvent(QContextMenuEvent *event)
{
    if (m_menu)
        m_menu->close();
    // The standard menu wants document coordinates (for "Copy Link Location"); the event has the viewport's.
    const QPoint scrolled(horizontalScrollBar()->value(), verticalScrollBar()->value());
    QMenu *menu = createStandardContextMenu(event->pos() + scrolled);
    menu->setObjectName(QStringLiteral("pageContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (m_menuHook)
        m_menuHook(menu);
    m_menu = menu;
    // Not exec(): the page stays responsive and a test can drive the open menu.
    menu->popup(event->globalPos());
    event->accept();
}

void LinkBrowser::keyPressEvent(QKeyEvent *event)
{
    const bool shiftF10 = event->key() == Qt::Key_F10 && event->modifiers() == Qt::ShiftModifier;
    if (shiftF10 || event->key() == Qt::Key_Menu) {
        // Opened at the selection (or the cursor), where the keyboard user is.
        const QPoint at = cursorRect().bottomLeft() + QPoint(0, 2);
        QContextMenuEvent menuEvent(QContextMenuEvent::Keyboard, at, viewport()->mapToGlobal(at));
        contextMenuEvent(&menuEvent);
        event->accept();
        return;
    }
    QTextBrowser::keyPressEvent(event);
}

void LinkBrowser::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton && !anchorAt(event->position().toPoint()).isEmpty()) {
        event->accept();
        return;
    }
    QTextBrowser::mousePressEvent(event);
}

void LinkBrowser::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        const QString anchor = anchorAt(event->position().toPoint());
        if (!anchor.isEmpty()) {
            const QUrl url(anchor);
            if (KbAddress::isSafeLink(url))
                Q_EMIT linkActivated(url, TabPage::OpenIn::NewTab);
            event->accept();
            return;
        }
    }
    // anchorClicked is emitted from inside the base handler; remember the click's own modifiers for it.
    m_inMouseRelease = true;
    m_mouseModifiers = event->modifiers();
    QTextBrowser::mouseReleaseEvent(event);
    m_inMouseRelease = false;
}

void LinkBrowser::onAnchorClicked(const QUrl &url)
{
    // Only kb: and http(s) ever leave the browser; anything else a document might carry is refused.
    if (!KbAddress::isSafeLink(url))
        return;
    const Qt::KeyboardModifiers mods = m_inMouseRelease ? m_mouseModifiers : QGuiApplication::keyboardModifiers();
    Q_EMIT linkActivated(url, openInFor(Qt::LeftButton, mods));
}

bool LinkBrowser::focusNextPrevChild(bool next)
{
    const bool moved = QTextBrowser::focusNextPrevChild(next);
    const QTextCursor cursor = textCursor();
    // On a link now: the selection is its text, which a screen reader reads with the cursor; say what it is.
    if (moved && hasFocus() && cursor.hasSelection() && cursor.charFormat().isAnchor()) {
        QAccessibleAnnouncementEvent announce(this, tr("Link: %1").arg(cursor.selectedText()));
        QAccessible::updateAccessibility(&announce);
    }
    return moved;
}

void LinkBrowser::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    // The style sheet carries palette colours, so a light/dark switch re-applies it.
    if (event->type() == QEvent::PaletteChange && !m_html.isEmpty())
        applyHtml(true);
}

void LinkBrowser::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    if (!m_pendingAnchor.isEmpty())
        QTimer::singleShot(0, this, &LinkBrowser::scrollToPending);
}

void LinkBrowser::showEvent(QShowEvent *event)
{
    QTextBrowser::showEvent(event);
    if (!m_pendingAnchor.isEmpty())
        QTimer::singleShot(0, this, &LinkBrowser::scrollToPending);
}

} // namespace tkb
