// SPDX-License-Identifier: GPL-3.0-or-later
#include "errorlabel.h"

#include <ui/common/kindcolors.h>
#include <ui/theme/thememanager.h>

#include <QEvent>

namespace tkb {

ErrorLabel::ErrorLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setAccessibleName(tr("Error"));
    hide();
    applyColor();
}

void ErrorLabel::showError(const QString &text)
{
    setText(text);
    show();
}

QColor ErrorLabel::color(const QPalette &palette)
{
    const bool dark = KindColors::isDark(palette);
    if (ThemeManager::isHighContrast(palette))
        return dark ? QColor(0xff, 0xa0, 0xa0) : QColor(0x8b, 0x00, 0x00);
    return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

void ErrorLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applying)
        applyColor();
}

void ErrorLabel::applyColor()
{
    // Setting the label's own colour is itself a palette change: not followed.
    m_applying = true;
    QPalette p = palette();
    p.setColor(QPalette::WindowText, color(p));
    setPalette(p);
    m_applying = false;
}

} // namespace tkb
