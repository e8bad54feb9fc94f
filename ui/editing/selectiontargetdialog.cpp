// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/store/knowledgebase.h>
#include <ui/editing/entityfield.h>
#include <ui/editing/selectiontargetdialog.h>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace tkb {

SelectionTargetDialog::SelectionTargetDialog(
    Mode mode, const KnowledgeBase *kb, const QString &passage, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_kb(kb)
    , m_entity(new EntityField(kb, this))
    , m_error(new ErrorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(mode == Mode::Cite ? QStringLiteral("citeDialog") : QStringLiteral("linkDialog"));
    setWindowTitle(mode == Mode::Cite ? tr("Cite for a Claim") : tr("Link to an Entity"));
    auto *layout = new QVBoxLayout(this);
    const QString shown = passage.size() > 400 ? passage.left(400) + QChar(0x2026) : passage;
    auto *quote = new QLabel(this);
    quote->setObjectName(QStringLiteral("passage"));
    quote->setWordWrap(true);
    quote->setTextFormat(Qt::PlainText);
    quote->setText(tr("“%1”").arg(shown));
    // The passage reads in its own direction, but sits at the start of the form like every other row: a Latin
    // passage in a Persian dialog would otherwise be pushed to the far (left) side.
    quote->setAlignment(Qt::AlignAbsolute | Qt::AlignVCenter | (isRightToLeft() ? Qt::AlignRight : Qt::AlignLeft));
    quote->setAccessibleName(mode == Mode::Cite ? tr("Passage to cite") : tr("Words to link"));
    layout->addWidget(quote);

    auto *form = new QFormLayout;
    m_entity->setObjectName(QStringLiteral("entity"));
    m_entity->setPlaceholderText(tr("Name in any spelling"));
    m_entity->setAccessibleName(tr("Entity"));
    form->addRow(tr("&Entity:"), m_entity);
    if (mode == Mode::Cite) {
        m_claims = new QListWidget(this);
        m_claims->setObjectName(QStringLiteral("claims"));
        m_claims->setAccessibleName(tr("Claim the passage supports"));
        m_claims->setMinimumHeight(160);
        form->addRow(tr("&Claim:"), m_claims);
        connect(m_entity, &EntityField::entityChanged, this, &SelectionTargetDialog::fillClaims);
        // Enter reaches the dialog's default button by itself; a double click does the same.
        connect(m_claims, &QListWidget::itemDoubleClicked, this, &SelectionTargetDialog::accept);
    }
    layout->addLayout(form);

    m_error->setObjectName(QStringLiteral("error"));
    layout->addWidget(m_error);

    m_buttons->button(QDialogButtonBox::Ok)->setText(mode == Mode::Cite ? tr("C&ite") : tr("Lin&k"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SelectionTargetDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    resize(520, mode == Mode::Cite ? 400 : 180);
    m_entity->setFocus();
}

void SelectionTargetDialog::setEntityId(const QString &id)
{
    m_entity->setEntityId(id);
    if (m_claims)
        fillClaims(m_entity->entityId());
    m_entity->selectAll();
}

void SelectionTargetDialog::fillClaims(const QString &id)
{
    m_claims->clear();
    m_targets.clear();
    const std::optional<EntityDocument> doc = m_kb && !id.isEmpty() ? m_kb->document(id) : std::nullopt;
    if (!doc)
        return;
    m_targets = ClaimCitation::targets(*doc, m_kb);
    for (const ClaimCitation::Target &t : std::as_const(m_targets)) {
        auto *item = new QListWidgetItem(
            t.citations ? tr("%1  [%n citation(s)]", nullptr, t.citations).arg(t.label) : t.label);
        item->setToolTip(t.label);
        m_claims->addItem(item);
    }
    m_claims->setCurrentRow(0);
}

void SelectionTargetDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void SelectionTargetDialog::accept()
{
    if (result() == QDialog::Accepted)
        return; // done already; a second Enter must not do it twice
    const QString id = m_entity->entityId();
    if (id.isEmpty()) {
        showError(m_entity->text().trimmed().isEmpty() ? tr("Name the entity first.")
                                                       : tr("No entity is called “%1”.").arg(m_entity->text()));
        m_entity->setFocus();
        return;
    }
    ClaimCitation::Target target;
    if (m_claims) {
        // A name typed without picking a suggestion: its claims are listed first, then a claim is chosen.
        if (m_targets.isEmpty() || m_claims->count() != m_targets.size()) {
            fillClaims(id);
            m_claims->setFocus();
            return;
        }
        const int row = m_claims->currentRow();
        if (row < 0 || row >= m_targets.size()) {
            showError(tr("Choose the claim the passage supports."));
            m_claims->setFocus();
            return;
        }
        target = m_targets[row];
    }
    const QString error = m_commit ? m_commit(id, target) : QString();
    if (!error.isEmpty()) {
        showError(error);
        return;
    }
    QDialog::accept();
}

} // namespace tkb
