// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/edit/changeapplier.h>
#include <core/edit/changereader.h>
#include <core/store/knowledgebase.h>
#include <ui/editing/editcommand.h>
#include <ui/editing/editsession.h>

#include <QJsonArray>
#include <QSettings>
#include <QUndoStack>

namespace tkb {

namespace {

const QString authorKey = QStringLiteral("editing/author");

} // namespace

EditSession::EditSession(QObject *parent)
    : QObject(parent)
    , m_stack(new QUndoStack(this))
{ }

EditSession::~EditSession() = default;

void EditSession::setKnowledgeBase(KnowledgeBase *kb)
{
    // The stack's steps name changesets of the old base: they mean nothing in another.
    m_stack->clear();
    m_kb = kb;
}

bool EditSession::canEdit() const
{
    return m_kb && !m_kb->isReadOnly();
}

QString EditSession::author()
{
    const QString name = QSettings().value(authorKey).toString().trimmed();
    return name.isEmpty() ? ChangeSet::defaultAuthor() : name;
}

void EditSession::setAuthor(const QString &name)
{
    QSettings().setValue(authorKey, name.trimmed());
}

qint64 EditSession::commit(const ChangeSet &set, QString *error)
{
    if (!m_kb) {
        *error = tr("No knowledge base is open.");
        return 0;
    }
    if (m_kb->isReadOnly()) {
        *error = tr("This knowledge base is open read-only: it cannot be changed here.");
        return 0;
    }
    ChangeSetInfo info;
    info.author = author();
    qint64 id = 0;
    if (!ChangeApplier(*m_kb).apply(set, info, error, &id))
        return 0;
    QStringList ids;
    for (const Revision &r : m_kb->revisionsOf(id))
        ids << r.entity;
    Q_EMIT changed(ids);
    return id;
}

qint64 EditSession::apply(const ChangeSet &set, const QString &text, QString *error)
{
    const qint64 id = commit(set, error);
    if (id)
        m_stack->push(new EditCommand(this, id, text));
    return id;
}

std::optional<ChangeSet> EditSession::changeSet(const QJsonArray &changes, const QString &comment, QString *error)
{
    const QJsonObject json { { QStringLiteral("format"), ChangeSet::format },
        { QStringLiteral("formatVersion"), ChangeSet::formatVersion }, { QStringLiteral("comment"), comment },
        { QStringLiteral("changes"), changes } };
    return ChangeReader::read(json, error);
}

qint64 EditSession::apply(const QJsonArray &changes, const QString &comment, const QString &text, QString *error)
{
    const std::optional<ChangeSet> set = changeSet(changes, comment, error);
    return set ? apply(*set, text, error) : 0;
}

std::optional<QList<DocumentChange>> EditSession::preview(const ChangeSet &set, QString *error) const
{
    if (!m_kb) {
        *error = tr("No knowledge base is open.");
        return std::nullopt;
    }
    return ChangeApplier(*m_kb).prepare(set, error);
}

qint64 EditSession::newestRevision(const QString &id) const
{
    return m_kb ? ChangeApplier::newestRevision(*m_kb, id) : 0;
}

QList<Revision> EditSession::revisionsSince(const QString &id, qint64 revision) const
{
    QList<Revision> out;
    if (!m_kb)
        return out;
    for (const Revision &r : m_kb->history(id)) {
        if (r.id > revision)
            out << r;
    }
    return out;
}

qint64 EditSession::revert(const QString &id, qint64 revision, Reverter::To to, QString *error)
{
    if (!m_kb) {
        *error = tr("No knowledge base is open.");
        return 0;
    }
    const std::optional<ChangeSet> set = Reverter::changes(*m_kb, id, revision, error, to);
    if (!set)
        return 0;
    const QString name = m_kb->name(id).isEmpty() ? id : m_kb->name(id);
    return apply(*set,
        to == Reverter::To::After ? tr("Revert %1 to revision %2").arg(name).arg(revision)
                                  : tr("Revert %1 to before revision %2").arg(name).arg(revision),
        error);
}

qint64 EditSession::replay(qint64 changeset, ChangeSetReverser::Direction direction, const QString &text)
{
    QString error;
    qint64 id = 0;
    if (m_kb) {
        const bool undo = direction == ChangeSetReverser::Direction::Undo;
        const QString comment = (undo ? QStringLiteral("Undo: %1") : QStringLiteral("Redo: %1")).arg(text);
        if (const auto set = ChangeSetReverser::changes(*m_kb, changeset, direction, comment, &error))
            id = commit(*set, &error);
    } else {
        error = tr("No knowledge base is open.");
    }
    if (!id) {
        Q_EMIT refused(direction == ChangeSetReverser::Direction::Undo ? tr("Cannot undo “%1”: %2").arg(text, error)
                                                                       : tr("Cannot redo “%1”: %2").arg(text, error));
    }
    return id;
}

} // namespace tkb
