// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A drawing and its table alternative in one place: a "Show as table" switch above a stack holding the drawing
// (graph, timeline) and a table of the same data, for readers who cannot see the drawing or prefer rows. The
// keyboard focus follows what is shown.
#include <QWidget>

class QCheckBox;
class QStackedWidget;

namespace tkb {

class TableSwitch : public QWidget
{
    Q_OBJECT
public:
    TableSwitch(QWidget *drawing, QWidget *table, QWidget *parent = nullptr);

    bool isTableShown() const;
    void setTableShown(bool shown);
    QCheckBox *toggle() const { return m_toggle; }

Q_SIGNALS:
    /// Before the table shows, so its owner can fill it.
    void tableShownChanged(bool shown);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QCheckBox *m_toggle;
    QStackedWidget *m_stack;
    QWidget *m_drawing;
    QWidget *m_table;
};

} // namespace tkb
