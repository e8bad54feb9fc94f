// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/model/entitykind.h>
#include <core/model/wikilink.h>
#include <core/render/kbaddress.h>
#include <core/render/readername.h>
#include <core/store/knowledgebase.h>
#include <ui/shell/linkpreview.h>

#include <QGuiApplication>
#include <QLabel>
#include <QScreen>
#include <QVBoxLayout>

namespace tkb {

namespace {
constexpr int maxSummary = 320;
}

LinkPreview::LinkPreview(QWidget *parent)
    : QFrame(parent, Qt::ToolTip | Qt::FramelessWindowHint | Qt::WindowDoesNotAcceptFocus)
{
    setObjectName(QStringLiteral("linkPreview"));
    setAttribute(Qt::WA_ShowWithoutActivating);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFrameShape(QFrame::Box);
    setFocusPolicy(Qt::NoFocus);
    // Tooltip roles: the platform's colours for exactly this kind of small floating card.
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    setAutoFillBackground(true);
    m_label = new QLabel(this);
    m_label->setTextFormat(Qt::RichText);
    m_label->setWordWrap(true);
    m_label->setForegroundRole(QPalette::ToolTipText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_label);
    setMaximumWidth(380);
}

QString LinkPreview::text() const
{
    return m_label->text();
}

bool LinkPreview::showFor(const QUrl &url, const QPoint &globalPos)
{
    const KbAddress address = KbAddress::parse(url);
    const auto entity
        = (m_kb && address.type() == KbAddress::Type::Entity) ? m_kb->entity(address.entityId()) : std::nullopt;
    if (!entity) {
        hide();
        m_id.clear();
        return false;
    }
    m_id = entity->id;
    QString summary = WikiLink::stripMarkup(entity->summary).simplified();
    if (summary.size() > maxSummary)
        summary = summary.left(maxSummary).section(u' ', 0, -2) + QStringLiteral("…");
    // Secondary text: the tooltip text colour faded toward its background, readable in light and dark themes.
    const QColor fg = palette().color(QPalette::ToolTipText);
    const QColor bg = palette().color(QPalette::ToolTipBase);
    const QColor muted = QColor::fromRgbF(fg.redF() * 0.65f + bg.redF() * 0.35f,
        fg.greenF() * 0.65f + bg.greenF() * 0.35f, fg.blueF() * 0.65f + bg.blueF() * 0.35f);
    QString html = QStringLiteral("<b>%1</b><br><span style=\"color:%2\">%3</span>")
                       .arg(ReaderName::titled(entity->name, entity->aliases, ReaderName::current()).toHtmlEscaped(),
                           muted.name(), entityKindName(entity->kind).toHtmlEscaped());
    if (!summary.isEmpty())
        html += QStringLiteral("<p style=\"margin-top:4px\">%1</p>").arg(summary.toHtmlEscaped());
    m_label->setText(html);
    m_label->setMinimumWidth(qMin(280, maximumWidth() - 16));
    adjustSize();

    // Below and after the pointer, kept inside the screen so a link near an edge still shows its card.
    QPoint pos = globalPos + QPoint(12, 18);
    if (const QScreen *screen = QGuiApplication::screenAt(globalPos)) {
        const QRect area = screen->availableGeometry();
        if (pos.x() + width() > area.right())
            pos.setX(qMax(area.left(), globalPos.x() - width() - 4));
        if (pos.y() + height() > area.bottom())
            pos.setY(qMax(area.top(), globalPos.y() - height() - 4));
    }
    move(pos);
    show();
    raise();
    return true;
}

} // namespace tkb
