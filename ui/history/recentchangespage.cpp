// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/render/kbaddress.h>
#include <core/store/knowledgebase.h>
#include <ui/history/historypage.h>
#include <ui/history/recentchangespage.h>
#include <ui/pages/linkbrowser.h>

#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tkb {

namespace {

Qt::KeyboardModifiers withoutShift(Qt::KeyboardModifiers mods)
{
    mods.setFlag(Qt::ShiftModifier, false);
    return mods;
}

constexpr int ChangeSetRole = Qt::UserRole + 1;
constexpr int EntityRole = Qt::UserRole + 2;

// The entities a change document names, in order: what a changeset that did not apply meant to touch.
QStringList namedEntities(const QString &changes)
{
    QStringList ids;
    const QJsonArray list
        = QJsonDocument::fromJson(changes.toUtf8()).object().value(QStringLiteral("changes")).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject c = v.toObject();
        for (const QString &id : { c.value(QStringLiteral("id")).toString(),
                 c.value(QStringLiteral("entity")).toObject().value(QStringLiteral("id")).toString(),
                 c.value(QStringLiteral("source")).toObject().value(QStringLiteral("id")).toString(),
                 c.value(QStringLiteral("into")).toString() }) {
            if (!id.isEmpty() && !ids.contains(id))
                ids << id;
        }
    }
    return ids;
}

} // namespace

RecentChangesPage::RecentChangesPage(KnowledgeBase *kb, QWidget *parent)
    : TabPage(parent)
    , m_kb(kb)
    , m_status(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_open(new QPushButton(this))
    , m_history(new QPushButton(this))
    , m_more(new QPushButton(this))
{
    m_list->setObjectName(QStringLiteral("recentChanges"));
    m_list->setColumnCount(4);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(true);
    m_list->installEventFilter(this);
    m_status->setObjectName(QStringLiteral("recentChangesStatus"));
    m_open->setObjectName(QStringLiteral("recentChangesOpen"));
    m_history->setObjectName(QStringLiteral("recentChangesHistory"));
    m_more->setObjectName(QStringLiteral("recentChangesMore"));
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const Qt::KeyboardModifiers mods = QGuiApplication::keyboardModifiers();
        open(item, mods.testFlag(Qt::ShiftModifier), LinkBrowser::openInFor(Qt::LeftButton, withoutShift(mods)));
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const QString id = item ? item->data(0, EntityRole).toString() : QString();
        if (id != m_current) {
            m_current = id;
            Q_EMIT currentEntityChanged(id);
        }
        updateButtons();
    });
    connect(m_open, &QPushButton::clicked, this, [this] { open(m_list->currentItem(), false, OpenIn::CurrentTab); });
    connect(m_history, &QPushButton::clicked, this, [this] { open(m_list->currentItem(), true, OpenIn::CurrentTab); });
    connect(m_more, &QPushButton::clicked, this, &RecentChangesPage::showMore);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_history);
    buttons->addStretch(1);
    buttons->addWidget(m_more);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    setFocusProxy(m_list);

    m_baseFont = m_list->font();
    retranslate();
    reload();
}

QUrl RecentChangesPage::address() const
{
    return KbAddress::changes();
}

QString RecentChangesPage::title() const
{
    return tr("Recent Changes");
}

QString RecentChangesPage::currentEntityId() const
{
    return m_current;
}

void RecentChangesPage::setZoom(int steps)
{
    QFont f = m_baseFont;
    const qreal base = m_baseFont.pointSizeF() > 0 ? m_baseFont.pointSizeF() : 10.0;
    f.setPointSizeF(qMax(base * 0.5, base + steps));
    m_list->setFont(f);
}

void RecentChangesPage::showMore()
{
    m_limit += pageSize;
    reload();
}

void RecentChangesPage::reload()
{
    // Keep the row the reader is on: the same entity of the same changeset, or the changeset.
    const QTreeWidgetItem *was = m_list->currentItem();
    const qint64 keepSet = was ? was->data(0, ChangeSetRole).toLongLong() : 0;
    const QString keepEntity = was ? was->data(0, EntityRole).toString() : QString();

    QList<ChangeSetInfo> sets = m_kb->recentChanges(m_limit + 1);
    const bool more = sets.size() > m_limit;
    if (more)
        sets.removeLast();
    // Changes that did not apply are always shown, however old: they wait for someone to act on them.
    for (const ChangeSetInfo &c : m_kb->notAppliedChanges()) {
        if (std::none_of(sets.cbegin(), sets.cend(), [&c](const ChangeSetInfo &s) { return s.id == c.id; }))
            sets << c;
    }
    std::sort(sets.begin(), sets.end(), [](const ChangeSetInfo &a, const ChangeSetInfo &b) { return a.id > b.id; });

    const QLocale locale;
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    m_list->clear();
    QTreeWidgetItem *current = nullptr;
    int notApplied = 0;
    for (const ChangeSetInfo &c : std::as_const(sets)) {
        const bool failed = c.state == ChangeSetInfo::notApplied;
        const QString when = locale.toString(c.time.toLocalTime(), QLocale::ShortFormat);
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, when);
        item->setText(1, c.author);
        item->setText(2, c.comment);
        item->setToolTip(2, c.comment);
        item->setData(0, ChangeSetRole, c.id);
        struct Touched
        {
            QString id;
            QString action;
        };
        QList<Touched> touched;
        if (failed) {
            for (const QString &id : namedEntities(c.changes))
                touched.append({ id, QString() });
        } else {
            for (const Revision &r : m_kb->revisionsOf(c.id))
                touched.append({ r.entity, r.action });
        }
        if (failed) {
            ++notApplied;
            item->setIcon(0, warning);
            item->setText(3, tr("Did not apply: %1").arg(c.problem));
            item->setToolTip(3, c.problem);
            QFont f = item->font(3);
            f.setItalic(true);
            item->setFont(3, f);
            item->setData(0, Qt::AccessibleTextRole,
                tr("%1 by %2: %3. Did not apply: %4").arg(when, c.author, c.comment, c.problem));
        } else {
            item->setText(3, tr("%n entities", nullptr, int(touched.size())));
            item->setData(0, Qt::AccessibleTextRole,
                tr("%1 by %2: %3. %n entities changed", nullptr, int(touched.size())).arg(when, c.author, c.comment));
        }
        if (c.id == keepSet && keepEntity.isEmpty())
            current = item;
        for (const Touched &t : std::as_const(touched)) {
            auto *child = new QTreeWidgetItem(item);
            const QString name = m_kb->name(t.id);
            child->setText(0, name.isEmpty() ? t.id : name);
            child->setToolTip(0, t.id);
            child->setText(1, t.action.isEmpty() ? QString() : HistoryPage::actionName(t.action));
            child->setText(2, m_kb->contains(t.id) ? QString() : tr("(deleted)"));
            child->setData(0, ChangeSetRole, c.id);
            child->setData(0, EntityRole, t.id);
            if (c.id == keepSet && t.id == keepEntity)
                current = child;
        }
        item->setExpanded(true);
    }
    if (sets.isEmpty())
        m_status->setText(tr("No changes yet: the knowledge base is as its pack made it."));
    else if (notApplied > 0)
        m_status->setText(tr("The newest changes, newest first. %n did not apply and are kept with their problem.",
            nullptr, notApplied));
    else
        m_status->setText(tr("The newest changes, newest first."));
    m_more->setVisible(more);
    m_list->header()->resizeSections(QHeaderView::ResizeToContents);
    if (current)
        m_list->setCurrentItem(current);
    else if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

void RecentChangesPage::open(QTreeWidgetItem *item, bool history, OpenIn where)
{
    if (!item)
        return;
    const QString id = item->data(0, EntityRole).toString();
    if (id.isEmpty()) {
        // A changeset row opens and closes like a folder.
        item->setExpanded(!item->isExpanded());
        return;
    }
    // A deleted entity has no page but still its history.
    Q_EMIT linkActivated(history || !m_kb->contains(id) ? KbAddress::history(id) : KbAddress::entity(id), where);
}

void RecentChangesPage::updateButtons()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    const QString id = item ? item->data(0, EntityRole).toString() : QString();
    m_open->setEnabled(!id.isEmpty() && m_kb->contains(id));
    m_history->setEnabled(!id.isEmpty());
}

void RecentChangesPage::retranslate()
{
    m_list->setHeaderLabels({ tr("Time"), tr("Author"), tr("Comment"), tr("Changed") });
    m_list->setAccessibleName(tr("Recent changes"));
    m_status->setAccessibleName(tr("About the list"));
    m_open->setText(tr("&Open"));
    m_open->setToolTip(tr("Open the chosen entity (Enter)"));
    m_history->setText(tr("Open Hi&story"));
    m_history->setToolTip(tr("Open the chosen entity's history (Shift+Enter)"));
    m_more->setText(tr("Show &More"));
    m_more->setToolTip(tr("Show %n older changes", nullptr, pageSize));
}

void RecentChangesPage::changeEvent(QEvent *event)
{
    TabPage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
}

bool RecentChangesPage::eventFilter(QObject *watched, QEvent *event)
{
    // Shift+Enter is not an activation to the view: it opens the history here.
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        auto *ke = static_cast<QKeyEvent *>(event);
        if (ke->key() == Qt::Key_Return || ke->key() == Qt::Key_Enter) {
            open(m_list->currentItem(), ke->modifiers().testFlag(Qt::ShiftModifier),
                LinkBrowser::openInFor(Qt::LeftButton, withoutShift(ke->modifiers())));
            return true;
        }
    }
    return TabPage::eventFilter(watched, event);
}

} // namespace tkb
