// SPDX-License-Identifier: GPL-3.0-or-later
#include <ui/accessibility/tableswitch.h>

#include <QApplication>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace tkb {

TableSwitch::TableSwitch(QWidget *drawing, QWidget *table, QWidget *parent)
    : QWidget(parent)
    , m_toggle(new QCheckBox(this))
    , m_stack(new QStackedWidget(this))
    , m_drawing(drawing)
    , m_table(table)
{
    m_toggle->setObjectName(QStringLiteral("showAsTable"));
    m_stack->addWidget(drawing);
    m_stack->addWidget(table);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 4, 8, 4);
    bar->addWidget(m_toggle);
    bar->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);
    // Focus goes to what is shown; the switch is before it in the Tab order (Shift+Tab from the drawing).
    setFocusProxy(drawing);
    connect(m_toggle, &QCheckBox::toggled, this, [this](bool on) {
        Q_EMIT tableShownChanged(on);
        QWidget *shown = on ? m_table : m_drawing;
        // The keyboard (on the switch after Alt+T, or in what was shown) goes on to what is shown now.
        QWidget *focus = QApplication::focusWidget();
        const bool hadFocus = focus && (focus == this || isAncestorOf(focus));
        m_stack->setCurrentWidget(shown);
        setFocusProxy(shown);
        if (hadFocus)
            shown->setFocus(Qt::OtherFocusReason);
    });
    retranslate();
}

bool TableSwitch::isTableShown() const
{
    return m_toggle->isChecked();
}

void TableSwitch::setTableShown(bool shown)
{
    m_toggle->setChecked(shown);
}

void TableSwitch::retranslate()
{
    m_toggle->setText(tr("Show as &table"));
    m_toggle->setToolTip(tr("The same data as rows of a table, for reading with a screen reader or the keyboard"));
    m_toggle->setAccessibleDescription(m_toggle->toolTip());
}

void TableSwitch::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

} // namespace tkb
