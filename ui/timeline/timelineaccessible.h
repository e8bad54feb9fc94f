// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The timeline's axis as a screen reader sees it: a list of the drawn events (name, date and summary), or of the
// groups where too many are in view to tell apart (their number and span), focused as the arrow keys move and
// opened (an event) or zoomed into (a group) by the "press" action as Enter would.
#include <ui/accessibility/itemviewaccessible.h>

#include <QCoreApplication>
#include <QPointer>

namespace tkb {

class TimelineView;

class TimelineAccessible : public ItemViewAccessible
{
    Q_DECLARE_TR_FUNCTIONS(tkb::TimelineAccessible)
public:
    explicit TimelineAccessible(TimelineView *view);

    /// Makes Qt describe every timeline view through this class (once per program; later calls do nothing).
    static void install();
    /// Tells assistive technology where the arrow keys go on view.
    static void follow(TimelineView *view);

    int itemCount() const override;
    QString itemName(int index) const override;
    QString itemDescription(int index) const override;
    QRect itemRect(int index) const override;
    int currentItem() const override;
    void setCurrentItem(int index) override;
    void activateItem(int index) override;

private:
    static QAccessibleInterface *factory(const QString &className, QObject *object);

    QPointer<TimelineView> m_view;
};

} // namespace tkb
