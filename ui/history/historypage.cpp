// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/render/kbaddress.h>
#include <core/store/knowledgebase.h>
#include <ui/editing/editsession.h>
#include <ui/history/diffmodel.h>
#include <ui/history/documentlines.h>
#include <ui/history/historypage.h>

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tkb {

namespace {

constexpr int RevisionRole = Qt::UserRole + 1;

// A changeset that did not apply has no revisions: it concerns the entity when its change document names it.
bool names(const ChangeSetInfo &c, const QString &id)
{
    return c.changes.contains(u'"' + id + u'"');
}

} // namespace

HistoryPage::HistoryPage(KnowledgeBase *kb, EditSession *edits, const QString &id, QWidget *parent)
    : TabPage(parent)
    , m_kb(kb)
    , m_edits(edits)
    , m_id(id)
    , m_heading(new QLabel(this))
    , m_revisionsLabel(new QLabel(this))
    , m_revisions(new QTreeWidget(this))
    , m_notAppliedLabel(new QLabel(this))
    , m_notApplied(new QTreeWidget(this))
    , m_compareLabel(new QLabel(this))
    , m_leftBox(new QComboBox(this))
    , m_withLabel(new QLabel(this))
    , m_rightBox(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_diffView(new QTableView(this))
    , m_diff(new DiffModel(this))
    , m_revertButton(new QPushButton(this))
    , m_undoButton(new QPushButton(this))
    , m_message(new QLabel(this))
{
    build();
    m_baseFont = m_diffView->font();
    retranslate();
    reload();
}

void HistoryPage::build()
{
    m_heading->setObjectName(QStringLiteral("historyHeading"));
    m_heading->setTextFormat(Qt::RichText);
    m_heading->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_heading, &QLabel::linkActivated, this,
        [this](const QString &link) { Q_EMIT linkActivated(QUrl(link), OpenIn::CurrentTab); });

    for (QTreeWidget *list : { m_revisions, m_notApplied }) {
        list->setRootIsDecorated(false);
        list->setUniformRowHeights(true);
        list->setAlternatingRowColors(true);
        list->header()->setStretchLastSection(true);
    }
    m_revisions->setObjectName(QStringLiteral("historyRevisions"));
    m_revisions->setColumnCount(5);
    // Two rows at once compare them; Shift+arrows or Ctrl+click choose the second.
    m_revisions->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_revisions->installEventFilter(this);
    m_revisionsLabel->setBuddy(m_revisions);
    m_notApplied->setObjectName(QStringLiteral("historyNotApplied"));
    m_notApplied->setColumnCount(4);
    m_notApplied->setWordWrap(true);
    m_notApplied->setUniformRowHeights(false);
    m_notAppliedLabel->setBuddy(m_notApplied);

    m_leftBox->setObjectName(QStringLiteral("historyLeft"));
    m_rightBox->setObjectName(QStringLiteral("historyRight"));
    m_compareLabel->setBuddy(m_leftBox);
    m_withLabel->setBuddy(m_rightBox);
    for (QComboBox *box : { m_leftBox, m_rightBox }) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(24);
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_updating)
                showDiff();
        });
    }

    m_diffView->setObjectName(QStringLiteral("historyDiff"));
    m_diffView->setModel(m_diff);
    m_diffView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_diffView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_diffView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_diffView->setWordWrap(true);
    m_diffView->setTabKeyNavigation(false);
    m_diffView->setShowGrid(false);
    m_diffView->verticalHeader()->hide();
    QHeaderView *header = m_diffView->horizontalHeader();
    header->setSectionResizeMode(DiffModel::LeftMarkColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DiffModel::RightMarkColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DiffModel::LeftColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(DiffModel::RightColumn, QHeaderView::Stretch);
    m_diffView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_diff->setPalette(palette());
    m_summary->setObjectName(QStringLiteral("historySummary"));

    m_revertButton->setObjectName(QStringLiteral("historyRevert"));
    m_undoButton->setObjectName(QStringLiteral("historyUndo"));
    connect(m_revertButton, &QPushButton::clicked, this, [this] { revert(false); });
    connect(m_undoButton, &QPushButton::clicked, this, [this] { revert(true); });
    // Shortcuts of their own rather than mnemonics, which some platforms turn off.
    for (const auto &[key, button] :
        { std::pair { Qt::ALT | Qt::Key_R, m_revertButton }, std::pair { Qt::ALT | Qt::Key_U, m_undoButton } }) {
        auto *shortcut = new QShortcut(QKeySequence(key), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, button, [button] {
            if (button->isEnabled())
                button->click();
        });
    }
    m_message->setObjectName(QStringLiteral("historyMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    connect(m_revisions, &QTreeWidget::itemSelectionChanged, this, [this] {
        if (!m_updating)
            selectionToStates();
        updateButtons();
    });
    connect(m_revisions, &QTreeWidget::currentItemChanged, this, &HistoryPage::updateButtons);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_revisionsLabel);
    topLayout->addWidget(m_revisions, 3);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_undoButton);
    buttons->addStretch(1);
    topLayout->addLayout(buttons);
    topLayout->addWidget(m_message);
    topLayout->addWidget(m_notAppliedLabel);
    topLayout->addWidget(m_notApplied, 1);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto *compare = new QHBoxLayout;
    compare->addWidget(m_compareLabel);
    compare->addWidget(m_leftBox, 1);
    compare->addWidget(m_withLabel);
    compare->addWidget(m_rightBox, 1);
    bottomLayout->addLayout(compare);
    bottomLayout->addWidget(m_summary);
    bottomLayout->addWidget(m_diffView, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("historySplit"));
    split->setChildrenCollapsible(false);
    split->addWidget(top);
    split->addWidget(bottom);
    // The differences are what the page is read for; the list scrolls.
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_heading);
    layout->addWidget(split, 1);
    setFocusProxy(m_revisions);
    setTabOrder(m_revisions, m_revertButton);
    setTabOrder(m_revertButton, m_undoButton);
    setTabOrder(m_undoButton, m_notApplied);
    setTabOrder(m_notApplied, m_leftBox);
    setTabOrder(m_leftBox, m_rightBox);
    setTabOrder(m_rightBox, m_diffView);
}

QUrl HistoryPage::address() const
{
    return KbAddress::history(m_id);
}

QString HistoryPage::title() const
{
    return tr("History: %1").arg(m_name);
}

void HistoryPage::setZoom(int steps)
{
    QFont f = m_baseFont;
    const qreal base = m_baseFont.pointSizeF() > 0 ? m_baseFont.pointSizeF() : 10.0;
    f.setPointSizeF(qMax(base * 0.5, base + steps));
    m_diffView->setFont(f);
    m_revisions->setFont(f);
    m_diffView->resizeRowsToContents();
}

const Revision *HistoryPage::revisionById(qint64 id) const
{
    for (const Revision &r : m_history) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

QString HistoryPage::when(const QDateTime &time) const
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString HistoryPage::actionName(const QString &action)
{
    if (action == u"create")
        return tr("created");
    if (action == u"edit")
        return tr("edited");
    if (action == u"delete")
        return tr("deleted");
    if (action == u"merge")
        return tr("merged");
    if (action == u"revert")
        return tr("reverted");
    if (action == u"restore")
        return tr("restored");
    return action;
}

void HistoryPage::reload()
{
    // Keep what the reader chose: the selected revisions, the current one and the states compared.
    QList<qint64> selected;
    for (const QTreeWidgetItem *item : m_revisions->selectedItems())
        selected << item->data(0, RevisionRole).toLongLong();
    const qint64 current = currentRevision();
    const QString left = m_leftBox->currentData().toString();
    const QString right = m_rightBox->currentData().toString();
    const bool hadHistory = !m_history.isEmpty();

    m_history = m_kb->history(m_id);
    m_name = m_kb->name(m_id);
    // A deleted entity keeps its name from the last document that had one.
    for (qsizetype i = m_history.size() - 1; m_name.isEmpty() && i >= 0; --i) {
        for (const QString &text : { m_history[i].after, m_history[i].before }) {
            if (m_name.isEmpty() && !text.isNull()) {
                if (const auto doc = EntityDocument::fromText(text, nullptr))
                    m_name = doc->entity.name;
            }
        }
    }
    if (m_name.isEmpty())
        m_name = m_id;

    m_updating = true;
    m_revisions->clear();
    QTreeWidgetItem *currentItem = nullptr;
    for (qsizetype i = m_history.size() - 1; i >= 0; --i) {
        const Revision &r = m_history[i];
        auto *item = new QTreeWidgetItem(m_revisions);
        const QString action
            = r.note.isEmpty() ? actionName(r.action) : QStringLiteral("%1 (%2)").arg(actionName(r.action), r.note);
        item->setText(0, tr("r%1").arg(r.id));
        item->setText(1, when(r.time));
        item->setText(2, r.author);
        item->setText(3, action);
        item->setText(4, r.comment);
        item->setData(0, RevisionRole, r.id);
        item->setToolTip(4, r.comment);
        item->setData(0, Qt::AccessibleTextRole,
            tr("Revision %1, %2 by %3: %4 %5").arg(r.id).arg(when(r.time), r.author, action, r.comment));
        if (selected.contains(r.id))
            item->setSelected(true);
        if (r.id == current)
            currentItem = item;
    }
    if (currentItem)
        m_revisions->setCurrentItem(currentItem, 0, QItemSelectionModel::NoUpdate);
    m_revisions->header()->resizeSections(QHeaderView::ResizeToContents);

    m_notApplied->clear();
    for (const ChangeSetInfo &c : m_kb->notAppliedChanges()) {
        if (!names(c, m_id))
            continue;
        auto *item = new QTreeWidgetItem(m_notApplied);
        item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
        item->setText(0, when(c.time));
        item->setText(1, c.author);
        item->setText(2, c.comment);
        item->setText(3, tr("Did not apply: %1").arg(c.problem));
        item->setToolTip(3, c.problem);
        item->setData(0, Qt::AccessibleTextRole,
            tr("Change of %1 by %2 that did not apply: %3").arg(when(c.time), c.author, c.problem));
    }
    m_notApplied->setVisible(m_notApplied->topLevelItemCount() > 0);
    m_notAppliedLabel->setVisible(m_notApplied->isVisible());

    updateHeading();
    fillStates();
    m_updating = false;
    if (!hadHistory || !compare(left, right)) {
        if (!m_revisions->selectedItems().isEmpty())
            selectionToStates();
        else if (!m_history.isEmpty())
            compare(m_history.size() > 1 ? afterState(m_history[m_history.size() - 2].id) : baseState(),
                afterState(m_history.last().id));
        else
            showDiff();
    }
    updateButtons();
    Q_EMIT titleChanged();
}

void HistoryPage::fillStates()
{
    for (QComboBox *box : { m_leftBox, m_rightBox }) {
        box->clear();
        box->addItem(stateTitle(currentState()), currentState());
        for (qsizetype i = m_history.size() - 1; i >= 0; --i)
            box->addItem(stateTitle(afterState(m_history[i].id)), afterState(m_history[i].id));
        if (!m_history.isEmpty())
            box->addItem(stateTitle(baseState()), baseState());
    }
}

QString HistoryPage::stateTitle(const QString &state) const
{
    if (state == currentState())
        return tr("Current state");
    if (state == baseState())
        return m_history.isEmpty() ? QString() : tr("Before r%1 (as first imported)").arg(m_history.first().id);
    const Revision *r = revisionById(state.mid(1).toLongLong());
    // The author isolated, so a Latin name keeps its place in a Persian title.
    return r ? tr("After r%1 (%2, %3)").arg(r->id).arg(when(r->time), QChar(0x2068) + r->author + QChar(0x2069))
             : QString();
}

QStringList HistoryPage::stateLines(const QString &state) const
{
    const QLocale locale;
    if (state == currentState())
        return DocumentLines::lines(m_kb->document(m_id), m_kb, locale, !m_history.isEmpty());
    if (state == baseState())
        return m_history.isEmpty() ? QStringList()
                                   : DocumentLines::fromText(m_history.first().before, m_kb, locale, false);
    const Revision *r = revisionById(state.mid(1).toLongLong());
    return r ? DocumentLines::fromText(r->after, m_kb, locale, true) : QStringList();
}

bool HistoryPage::compare(const QString &left, const QString &right)
{
    const int l = m_leftBox->findData(left);
    const int r = m_rightBox->findData(right);
    if (l < 0 || r < 0)
        return false;
    m_updating = true;
    m_leftBox->setCurrentIndex(l);
    m_rightBox->setCurrentIndex(r);
    m_updating = false;
    showDiff();
    return true;
}

void HistoryPage::selectionToStates()
{
    // The newest rows come first; one row compares it with the state before it, two rows compare their states.
    QList<int> rows;
    for (QTreeWidgetItem *item : m_revisions->selectedItems())
        rows << m_revisions->indexOfTopLevelItem(item);
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    const auto stateOfRow = [this](int row) {
        return row >= m_revisions->topLevelItemCount()
            ? baseState()
            : afterState(m_revisions->topLevelItem(row)->data(0, RevisionRole).toLongLong());
    };
    if (rows.size() == 1)
        compare(stateOfRow(rows.first() + 1), stateOfRow(rows.first()));
    else
        compare(stateOfRow(rows.last()), stateOfRow(rows.first()));
}

void HistoryPage::showDiff()
{
    const QString left = m_leftBox->currentData().toString();
    const QString right = m_rightBox->currentData().toString();
    m_diff->setLines(stateLines(left), stateLines(right), m_leftBox->currentText(), m_rightBox->currentText());
    const int changed = m_diff->changedRows();
    m_summary->setText(changed == 0 ? tr("No differences.") : tr("%n lines differ.", nullptr, changed));
    m_diffView->resizeRowsToContents();
}

qint64 HistoryPage::currentRevision() const
{
    const QTreeWidgetItem *item = m_revisions->currentItem();
    return item ? item->data(0, RevisionRole).toLongLong() : 0;
}

void HistoryPage::updateButtons()
{
    const bool can = m_edits && m_edits->canEdit() && currentRevision() != 0;
    m_revertButton->setEnabled(can);
    m_undoButton->setEnabled(can);
    const QString why = !m_edits || !m_edits->canEdit() ? tr("This knowledge base is open read-only.") : QString();
    m_revertButton->setToolTip(
        why.isEmpty() ? tr("Make the entity as it was right after the chosen revision (Alt+R)") : why);
    m_undoButton->setToolTip(why.isEmpty()
            ? tr("Make the entity as it was right before the chosen revision, which undoes it and what "
                 "came after it (Alt+U)")
            : why);
}

void HistoryPage::revert(bool undo)
{
    const qint64 revision = currentRevision();
    if (!m_edits || !revision)
        return;
    QString error;
    // The window reloads every tab on EditSession::changed, this one too.
    if (m_edits->revert(m_id, revision, undo ? Reverter::To::Before : Reverter::To::After, &error)) {
        m_message->hide();
        return;
    }
    m_message->setText(undo ? tr("Cannot undo r%1: %2").arg(revision).arg(error)
                            : tr("Cannot revert to r%1: %2").arg(revision).arg(error));
    m_message->show();
}

void HistoryPage::updateHeading()
{
    // A deleted entity has no page to link to.
    const QString name = m_kb->contains(m_id)
        ? QStringLiteral("<a href=\"%1\">%2</a>")
              .arg(KbAddress::entity(m_id).toString(QUrl::FullyEncoded).toHtmlEscaped(), m_name.toHtmlEscaped())
        : tr("%1 (deleted)").arg(m_name.toHtmlEscaped());
    m_heading->setText(QStringLiteral("<h2>%1</h2>").arg(tr("History of %1").arg(name)));
    m_heading->setAccessibleName(tr("History of %1").arg(m_name));
}

void HistoryPage::retranslate()
{
    updateHeading();
    m_revisionsLabel->setText(tr("Rev&isions (newest first; select two to compare them):"));
    m_revisions->setHeaderLabels({ tr("Revision"), tr("Time"), tr("Author"), tr("Action"), tr("Comment") });
    m_revisions->setAccessibleName(tr("Revisions"));
    m_notAppliedLabel->setText(tr("Changes that did not &apply (kept, not dropped):"));
    m_notApplied->setHeaderLabels({ tr("Time"), tr("Author"), tr("Comment"), tr("Problem") });
    m_notApplied->setAccessibleName(tr("Changes that did not apply"));
    m_compareLabel->setText(tr("&Compare"));
    m_withLabel->setText(tr("&with"));
    m_leftBox->setAccessibleName(tr("Older state"));
    m_rightBox->setAccessibleName(tr("Newer state"));
    m_diffView->setAccessibleName(tr("Differences"));
    m_revertButton->setText(tr("Revert to this revision"));
    m_undoButton->setText(tr("Undo this revision"));
}

void HistoryPage::changeEvent(QEvent *event)
{
    TabPage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    } else if (event->type() == QEvent::PaletteChange) {
        m_diff->setPalette(palette());
    }
}

bool HistoryPage::eventFilter(QObject *watched, QEvent *event)
{
    // Enter on a revision goes to its differences, as opening it would.
    if (watched == m_revisions && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            m_diffView->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
    }
    return TabPage::eventFilter(watched, event);
}

} // namespace tkb
