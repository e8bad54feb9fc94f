// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Asks where a team's knowledge base is on a PostgreSQL server (host, port, database, user or a libpq service, TLS)
// and gives its address; never asks for a password, which libpq takes from the user's passfile or service file.
#include <core/server/serveraddress.h>

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QFormLayout;

namespace tkb {

class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    /// Starts from the last address connected to (settings), or from a local server's defaults.
    explicit ConnectDialog(QWidget *parent = nullptr);

    ServerAddress address() const;
    void setAddress(const ServerAddress &address);
    /// Remembers the address for the next time (no password: there is none in it).
    static void remember(const ServerAddress &address);

    /// Asks; the address when the user connects, nullopt when they cancel.
    static std::optional<ServerAddress> ask(QWidget *parent);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void validate();

    QFormLayout *m_form = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_service = nullptr;
    QComboBox *m_tls = nullptr;
    QLabel *m_passwordNote = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace tkb
