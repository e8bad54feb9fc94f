// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/store/knowledgebase.h>
#include <ui/editing/editsession.h>
#include <ui/editing/entitydeleter.h>
#include <ui/editing/entitylineedit.h>
#include <ui/editing/mergedialog.h>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tkb {

MergeDialog *MergeDialog::ask(QWidget *parent, EditSession *session, const QString &id)
{
    if (!session || !session->canEdit() || !session->knowledgeBase()->contains(id))
        return nullptr;
    auto *dialog = new MergeDialog(session, id, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

MergeDialog::MergeDialog(EditSession *session, const QString &id, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_id(id)
    , m_other(new EntityLineEdit(session->knowledgeBase(), this))
    , m_keepThis(new QCheckBox(this))
    , m_preview(new QLabel(this))
    , m_error(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("mergeDialog"));
    const QString name = session->knowledgeBase()->name(id);
    setWindowTitle(tr("Merge %1").arg(name));
    m_keepThis->setText(tr("Keep “%1” and merge the other into it").arg(name));
    m_other->setAccessibleName(tr("The same entity under another entry"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setAccessibleName(tr("What moves"));
    auto *form = new QFormLayout;
    form->addRow(tr("“%1” is the same as:").arg(name), m_other);
    form->addRow(QString(), m_keepThis);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Merge"));
    connect(buttons, &QDialogButtonBox::accepted, this, &MergeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MergeDialog::reject);
    connect(m_other, &QLineEdit::textChanged, this, &MergeDialog::updatePreview);
    connect(m_keepThis, &QCheckBox::toggled, this, &MergeDialog::updatePreview);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    updatePreview();
    resize(560, 360);
}

bool MergeDialog::pair(QString *gone, QString *kept) const
{
    const QString other = m_other->entityId();
    if (other.isEmpty() || other == m_id || !m_session->knowledgeBase()->contains(other))
        return false;
    *gone = m_keepThis->isChecked() ? other : m_id;
    *kept = m_keepThis->isChecked() ? m_id : other;
    return true;
}

void MergeDialog::updatePreview()
{
    const KnowledgeBase &kb = *m_session->knowledgeBase();
    QString gone;
    QString kept;
    if (!pair(&gone, &kept)) {
        const QString other = m_other->entityId();
        m_preview->setText(other.isEmpty() ? tr("Type a name of the other entry in any spelling and choose it.")
                : other == m_id            ? tr("An entity cannot be merged with itself.")
                                           : tr("There is no entity %1.").arg(other));
        return;
    }
    const std::optional<EntityDocument> doc = kb.document(gone);
    if (!doc)
        return;
    const QString from = kb.name(gone);
    const QString to = kb.name(kept);
    QStringList moves;
    moves << tr("its name “%1” becomes a spelling of “%2”").arg(from, to);
    if (!doc->entity.aliases.isEmpty())
        moves << tr("%n spelling(s)", nullptr, int(doc->entity.aliases.size()));
    if (!doc->entity.attributes.isEmpty())
        moves << tr("%n attribute(s)", nullptr, int(doc->entity.attributes.size()));
    if (!doc->entity.dates.isEmpty())
        moves << tr("%n date(s)", nullptr, int(doc->entity.dates.size()));
    if (!doc->relations.isEmpty())
        moves << tr("%n relation(s)", nullptr, int(doc->relations.size()));
    if (!doc->entity.citations.isEmpty())
        moves << tr("%n citation(s)", nullptr, int(doc->entity.citations.size()));
    const QStringList referrers = EntityDeleter::referrers(kb, gone);
    QString text = tr("“%1” goes into “%2” (%3 → %4). What moves: %5.")
                       .arg(from, to, gone, kept, moves.join(QStringLiteral("; ")));
    if (!referrers.isEmpty())
        text += QStringLiteral("\n\n") + tr("Re-pointed to “%1” (%n):", nullptr, int(referrers.size())).arg(to)
            + QStringLiteral("\n• ") + referrers.mid(0, 10).join(QStringLiteral("\n• "));
    text += QStringLiteral("\n\n")
        + tr("The name, summary and text of “%1” stay; what both have is not doubled. Undo takes the merge back.")
              .arg(to);
    m_preview->setText(text);
}

void MergeDialog::accept()
{
    QString gone;
    QString kept;
    if (!pair(&gone, &kept)) {
        m_error->setText(tr("Choose the other entity first."));
        m_error->show();
        return;
    }
    const KnowledgeBase &kb = *m_session->knowledgeBase();
    const QString text = tr("Merge %1 into %2").arg(kb.name(gone), kb.name(kept));
    const QJsonArray changes { QJsonObject { { QStringLiteral("op"), QStringLiteral("merge") },
        { QStringLiteral("id"), gone }, { QStringLiteral("into"), kept } } };
    QString error;
    if (!m_session->apply(changes, text, text, &error)) {
        m_error->setText(tr("The knowledge base did not take the merge: %1").arg(error));
        m_error->show();
        return;
    }
    Q_EMIT merged(gone, kept);
    QDialog::accept();
}

} // namespace tkb
