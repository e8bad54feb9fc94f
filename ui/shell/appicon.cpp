// SPDX-License-Identifier: GPL-3.0-or-later
#include <ui/shell/appicon.h>

#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace tkb {

QIcon AppIcon::load()
{
    QIcon icon = QIcon::fromTheme(QStringLiteral("org.talyshkb.TalyshKB"));
    if (!icon.isNull())
        return icon;
    QSvgRenderer svg(QStringLiteral(":/talyshkb/icons/talysh-kb.svg"));
    if (!svg.isValid())
        return icon;
    for (int size : { 16, 24, 32, 48, 64, 128, 256 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        svg.render(&painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace tkb
