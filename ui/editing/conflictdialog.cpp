// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/store/knowledgebase.h>
#include <ui/editing/conflictdialog.h>
#include <ui/history/diffmodel.h>
#include <ui/history/documentlines.h>

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace tkb {

ConflictDialog::ConflictDialog(const KnowledgeBase *kb, const std::optional<EntityDocument> &now,
    const QList<Revision> &since, const std::optional<EntityDocument> &mine, const QString &why, QWidget *parent)
    : QDialog(parent)
    , m_diff(new DiffModel(this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Changed by Someone Else"));
    const QString name = now ? now->entity.name : mine ? mine->entity.name : QString();
    QStringList who;
    for (const Revision &r : since) {
        const QString when = QLocale().toString(r.time.toLocalTime(), QLocale::ShortFormat);
        who << (r.comment.isEmpty() ? tr("%1 at %2").arg(r.author, when)
                                    : tr("%1 at %2: “%3”").arg(r.author, when, r.comment));
    }
    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("conflictIntro"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    intro->setText(tr("“%1” was changed since you began editing it, by %2. Nothing of yours has been saved yet. "
                      "Compare the two versions and choose.")
            .arg(name, who.isEmpty() ? tr("someone else") : who.join(QStringLiteral("; "))));

    const QLocale locale;
    const QStringList left = DocumentLines::lines(now, kb, locale, !now.has_value());
    const QStringList right = mine ? DocumentLines::lines(mine, kb, locale, false) : QStringList { why };
    m_diff->setPalette(palette());
    m_diff->setLines(left, right, tr("In the knowledge base now"), tr("With your edit on top"));
    m_view->setObjectName(QStringLiteral("conflictDiff"));
    m_view->setModel(m_diff);
    m_view->setAccessibleName(tr("The two versions side by side"));
    m_view->setWordWrap(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(DiffModel::LeftMarkColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DiffModel::RightMarkColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DiffModel::LeftColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(DiffModel::RightColumn, QHeaderView::Stretch);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *saveMine = buttons->addButton(tr("&Save Mine on Top"), QDialogButtonBox::AcceptRole);
    saveMine->setObjectName(QStringLiteral("saveMineButton"));
    saveMine->setEnabled(mine.has_value());
    saveMine->setToolTip(mine ? tr("Save your edit over the version now in the knowledge base; what they changed "
                                   "and you did not stays, and both remain in the history.")
                              : why);
    QPushButton *discard = buttons->addButton(tr("&Discard Mine"), QDialogButtonBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardMineButton"));
    QPushButton *back = buttons->addButton(tr("&Keep Editing"), QDialogButtonBox::RejectRole);
    back->setObjectName(QStringLiteral("keepEditingButton"));
    back->setDefault(true);
    connect(saveMine, &QPushButton::clicked, this, [this] {
        m_choice = Choice::SaveMine;
        accept();
    });
    connect(discard, &QPushButton::clicked, this, [this] {
        m_choice = Choice::DiscardMine;
        accept();
    });
    connect(back, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(900, 560);
}

void ConflictDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Once laid out at its width: whole lines, wrapped (a summary is read in full), and the first difference in
    // view and current, where the eye and a screen reader start; not selected, so its colour shows.
    QTimer::singleShot(0, this, [this] {
        m_view->resizeRowsToContents();
        for (int row = 0; row < m_diff->rowCount(); ++row) {
            if (m_diff->kindAt(row) != LineDiff::Kind::Same) {
                const QModelIndex at = m_diff->index(row, DiffModel::LeftColumn);
                m_view->selectionModel()->setCurrentIndex(at, QItemSelectionModel::NoUpdate);
                m_view->scrollTo(at, QAbstractItemView::PositionAtCenter);
                break;
            }
        }
    });
}

} // namespace tkb
