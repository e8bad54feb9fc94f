// SPDX-License-Identifier: GPL-3.0-or-later
#include <ui/editing/entitylineedit.h>
#include <ui/editing/qualifiereditor.h>

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace tkb {

QualifierEditor::QualifierEditor(KnowledgeBase *kb, QWidget *parent)
    : QWidget(parent)
    , m_status(new QComboBox(this))
    , m_accordingTo(new EntityLineEdit(kb, this))
    , m_former(new QCheckBox(tr("Held once and no longer (former)"), this))
    , m_note(new QLineEdit(this))
{
    for (ClaimStatus s : { ClaimStatus::Stated, ClaimStatus::Reported, ClaimStatus::Opinion, ClaimStatus::Disputed,
             ClaimStatus::Ambiguous })
        m_status->addItem(claimStatusName(s), int(s));
    m_accordingTo->setPlaceholderText(tr("Who reports it or holds the opinion: a name, or an entity"));
    m_note->setPlaceholderText(tr("e.g. why the words can be read more than one way"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&According to:"), m_accordingTo);
    form->addRow(QString(), m_former);
    form->addRow(tr("N&ote:"), m_note);
    m_status->setAccessibleName(tr("Status"));
    m_accordingTo->setAccessibleName(tr("According to"));
    m_note->setAccessibleName(tr("Note"));
}

void QualifierEditor::setQualifiers(const Qualifiers &q)
{
    m_status->setCurrentIndex(m_status->findData(int(q.status)));
    m_accordingTo->setText(q.accordingTo);
    m_former->setChecked(q.former);
    m_note->setText(q.note);
}

Qualifiers QualifierEditor::qualifiers() const
{
    Qualifiers q;
    q.status = ClaimStatus(m_status->currentData().toInt());
    q.accordingTo = m_accordingTo->text().trimmed();
    q.former = m_former->isChecked();
    q.note = m_note->text().trimmed();
    return q;
}

} // namespace tkb
