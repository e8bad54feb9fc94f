// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// View > Language: "System default" and each offered language by its own name; picking one switches the
// program's language through the LanguageManager at once. Below them, whether names show in its script.
#include <QMenu>

class QActionGroup;

namespace tkb {

class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    /// The action for a language code, or for "System default" when code is empty.
    QAction *actionFor(const QString &code) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void syncChecked();

    QActionGroup *m_group = nullptr;
    QAction *m_system = nullptr;
    QAction *m_readerNames = nullptr;
};

} // namespace tkb
