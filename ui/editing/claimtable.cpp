// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/model/claimjson.h>
#include <core/store/knowledgebase.h>
#include <ui/editing/claimtable.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tkb {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QString dateText(const QJsonValue &v, const QLocale &locale)
{
    FuzzyDate d;
    QString ignored;
    return ClaimJson::fromJson(v, &d, &ignored) && d.isValid() ? d.toDisplayString(locale) : QString();
}

} // namespace

ClaimTable::ClaimTable(ClaimDialog::Kind kind, KnowledgeBase *kb, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_kb(kb)
    , m_table(new QTableWidget(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Change…"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
{
    m_table->setColumnCount(int(columns().size()));
    m_table->setHorizontalHeaderLabels(columns());
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) { openDialog(row); });
    m_table->installEventFilter(this);
    connect(m_add, &QPushButton::clicked, this, [this] { openDialog(-1); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            openDialog(m_table->currentRow());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0 || row >= m_claims.size())
            return;
        m_claims.removeAt(row);
        fill();
        m_table->setCurrentCell(std::min(row, int(m_claims.size()) - 1), 0);
        Q_EMIT edited();
    });
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
}

bool ClaimTable::eventFilter(QObject *watched, QEvent *event)
{
    // Enter on a row changes that claim; the table would otherwise pass it on to the dialog's default button.
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_table->currentRow() >= 0) {
            openDialog(m_table->currentRow());
            return true;
        }
        if (key == Qt::Key_Insert) {
            openDialog(-1);
            return true;
        }
        if (key == Qt::Key_Delete && m_remove->isEnabled()) {
            m_remove->click();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QStringList ClaimTable::columns() const
{
    switch (m_kind) {
    case ClaimDialog::Kind::Alias:
        return { tr("Spelling"), tr("Language"), tr("Script"), tr("Qualifiers and citations") };
    case ClaimDialog::Kind::Attribute:
        return { tr("Key"), tr("Value"), tr("Period"), tr("Qualifiers and citations") };
    case ClaimDialog::Kind::Relation:
        return { tr("Predicate"), tr("Other entity"), tr("Period"), tr("Qualifiers and citations") };
    case ClaimDialog::Kind::Date:
        return { tr("Date"), tr("Notation"), tr("Qualifiers and citations") };
    }
    return {};
}

QStringList ClaimTable::cells(const QJsonObject &c) const
{
    Qualifiers q;
    QList<Citation> cites;
    QString ignored;
    ClaimJson::readClaimFields(c, &q, &cites, &ignored);
    QStringList notes;
    if (q.status != ClaimStatus::Stated)
        notes << claimStatusName(q.status);
    if (!q.accordingTo.isEmpty())
        notes << tr("according to %1")
                     .arg(m_kb && m_kb->contains(q.accordingTo) ? m_kb->name(q.accordingTo) : q.accordingTo);
    if (q.former)
        notes << tr("former");
    if (!q.note.isEmpty())
        notes << q.note;
    notes << tr("%n citation(s)", nullptr, int(cites.size()));
    const QString qualified = notes.join(QStringLiteral(" · "));
    QString period;
    const QString from = dateText(c.value(QStringLiteral("from")), locale());
    const QString to = dateText(c.value(QStringLiteral("to")), locale());
    if (!from.isEmpty() && !to.isEmpty())
        period = tr("%1 – %2").arg(from, to);
    else if (!from.isEmpty())
        period = tr("from %1").arg(from);
    else if (!to.isEmpty())
        period = tr("until %1").arg(to);
    switch (m_kind) {
    case ClaimDialog::Kind::Alias:
        return { str(c, "text"), str(c, "lang"), str(c, "script"), qualified };
    case ClaimDialog::Kind::Attribute:
        return { str(c, "key"), str(c, "value"), period, qualified };
    case ClaimDialog::Kind::Relation: {
        const QString object = str(c, "object");
        const QString name = m_kb ? m_kb->name(object) : QString();
        return { str(c, "predicate"), name.isEmpty() ? object : name, period, qualified };
    }
    case ClaimDialog::Kind::Date:
        return { dateText(c.value(QStringLiteral("date")), locale()),
            c.value(QStringLiteral("date")).toObject().value(QStringLiteral("edtf")).toString(), qualified };
    }
    return {};
}

void ClaimTable::setClaims(const QList<QJsonObject> &claims)
{
    m_claims = claims;
    fill();
}

void ClaimTable::fill()
{
    m_table->setRowCount(int(m_claims.size()));
    for (int row = 0; row < m_claims.size(); ++row) {
        const QStringList texts = cells(m_claims.at(row));
        for (int col = 0; col < texts.size(); ++col) {
            auto *item = new QTableWidgetItem(texts.at(col));
            item->setToolTip(texts.at(col));
            m_table->setItem(row, col, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_edit->setEnabled(!m_claims.isEmpty());
    m_remove->setEnabled(!m_claims.isEmpty());
}

ClaimDialog *ClaimTable::openDialog(int row)
{
    const bool isNew = row < 0 || row >= m_claims.size();
    auto *dialog = new ClaimDialog(m_kind, isNew ? QJsonObject() : m_claims.at(row), m_kb, m_subject, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, isNew, row] {
        if (isNew)
            m_claims.append(dialog->claim());
        else
            m_claims[row] = dialog->claim();
        fill();
        m_table->setCurrentCell(isNew ? int(m_claims.size()) - 1 : row, 0);
        m_table->setFocus(Qt::OtherFocusReason);
        Q_EMIT edited();
    });
    dialog->open();
    return dialog;
}

} // namespace tkb
