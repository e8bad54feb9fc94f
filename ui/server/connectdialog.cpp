// SPDX-License-Identifier: GPL-3.0-or-later
#include <ui/server/connectdialog.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tkb {

namespace {
const QString keyLast = QStringLiteral("server/lastAddress");
// libpq's sslmode values behind the TLS choices, in the order of the combo box.
const QStringList tlsModes { QString(), QStringLiteral("require"), QStringLiteral("verify-full"),
    QStringLiteral("disable") };
} // namespace

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("connectDialog"));
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_service = new QLineEdit(this);
    m_service->setObjectName(QStringLiteral("serviceEdit"));
    m_tls = new QComboBox(this);
    m_tls->setObjectName(QStringLiteral("tlsCombo"));
    for (int i = 0; i < tlsModes.size(); ++i)
        m_tls->addItem(QString());
    m_passwordNote = new QLabel(this);
    m_passwordNote->setWordWrap(true);
    m_passwordNote->setTextFormat(Qt::PlainText);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("connectProblem"));
    m_problem->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    m_form = new QFormLayout;
    m_form->addRow(QString(), m_host);
    m_form->addRow(QString(), m_port);
    m_form->addRow(QString(), m_database);
    m_form->addRow(QString(), m_user);
    m_form->addRow(QString(), m_service);
    m_form->addRow(QString(), m_tls);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_passwordNote);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : { m_host, m_database, m_user, m_service })
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::validate);

    ServerAddress start = ServerAddress::fromParts(QStringLiteral("localhost"), 5432, {}, {});
    if (const auto last = ServerAddress::parse(QSettings().value(keyLast).toString()))
        start = *last;
    setAddress(start);
    retranslate();
    validate();
}

ServerAddress ConnectDialog::address() const
{
    return ServerAddress::fromParts(m_host->text().trimmed(), m_port->value(), m_database->text().trimmed(),
        m_user->text().trimmed(), m_service->text().trimmed(), tlsModes.value(m_tls->currentIndex()));
}

void ConnectDialog::setAddress(const ServerAddress &address)
{
    m_host->setText(address.host());
    m_port->setValue(address.port() > 0 ? address.port() : 5432);
    m_database->setText(address.database());
    m_user->setText(address.user());
    m_service->setText(address.service());
    m_tls->setCurrentIndex(std::max(0, static_cast<int>(tlsModes.indexOf(address.sslMode()))));
}

void ConnectDialog::remember(const ServerAddress &address)
{
    QSettings().setValue(keyLast, address.toString());
}

void ConnectDialog::validate()
{
    // The address goes through the same parser as one given on the command line, so both refuse the same things;
    // what a user of this form can leave out is said in their language.
    const ServerAddress a = address();
    QString problem;
    if (a.database().isEmpty() && a.service().isEmpty())
        problem = tr("Give the name of the database, or a service.");
    else if (a.database().contains(u'/'))
        problem = tr("A database name has no slash.");
    else if (!ServerAddress::parse(a.toString(), &problem))
        problem = tr("This address cannot be used: %1").arg(problem);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

std::optional<ServerAddress> ConnectDialog::ask(QWidget *parent)
{
    ConnectDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.address();
}

void ConnectDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ConnectDialog::retranslate()
{
    setWindowTitle(tr("Connect to Server"));
    const QList<QPair<QWidget *, QString>> labels { { m_host, tr("&Host:") }, { m_port, tr("&Port:") },
        { m_database, tr("&Database:") }, { m_user, tr("&User:") }, { m_service, tr("&Service (optional):") },
        { m_tls, tr("&Encryption:") } };
    for (const auto &[field, text] : labels) {
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(field))) {
            label->setText(text);
            label->setBuddy(field);
        }
        field->setAccessibleName(QString(text).remove(u'&').remove(u':'));
    }
    m_host->setPlaceholderText(tr("a server name, an address, or a socket folder"));
    m_user->setPlaceholderText(tr("your login name when empty"));
    m_service->setPlaceholderText(tr("a service in pg_service.conf"));
    m_tls->setItemText(0, tr("Encrypted when the server offers it"));
    m_tls->setItemText(1, tr("Always encrypted"));
    m_tls->setItemText(2, tr("Encrypted, and check the server's certificate"));
    m_tls->setItemText(3, tr("Never encrypted"));
    m_passwordNote->setText(tr("The password is never asked for or stored here: it is read from your ~/.pgpass file "
                               "or from a service in pg_service.conf, as for every PostgreSQL program."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    validate();
}

} // namespace tkb
