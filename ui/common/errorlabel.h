// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The line under a form that says why it was not taken, in a red that reads on the theme's background (light,
// dark or high contrast) and follows a theme switched while the form is open.
#include <QLabel>

namespace tkb {

class ErrorLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ErrorLabel(QWidget *parent = nullptr);
    /// Shows text as the error (plain text, wrapped).
    void showError(const QString &text);
    /// The error red for text on palette's window.
    static QColor color(const QPalette &palette);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColor();
    bool m_applying = false;
};

} // namespace tkb
