// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/edit/changeapplier.h>
#include <core/edit/citationchecker.h>
#include <core/edit/claimeditor.h>
#include <core/edit/merger.h>
#include <core/edit/remover.h>
#include <core/edit/workspace.h>
#include <core/model/wikilink.h>
#include <core/store/knowledgebase.h>

#include <QJsonDocument>

namespace tkb {

namespace {

bool checkId(const Entity &e, QString *error)
{
    const QString kind = entityKindId(e.kind);
    if (!e.id.startsWith(kind + u'/') || e.id.size() <= kind.size() + 1) {
        *error = QStringLiteral("the id \"%1\" must be of the form %2/slug").arg(e.id, kind);
        return false;
    }
    if (e.name.trimmed().isEmpty()) {
        *error = QStringLiteral("%1 needs a name").arg(e.id);
        return false;
    }
    return true;
}

bool edit(Workspace &documents, const Change &c, QString *error)
{
    std::optional<EntityDocument> doc = documents.get(c.id);
    if (!doc) {
        *error = QStringLiteral("%1 does not exist").arg(c.id);
        return false;
    }
    Entity &e = doc->entity;
    for (auto it = c.set.constBegin(); it != c.set.constEnd(); ++it) {
        const QString value = it.value().toString();
        if (it.key() == QLatin1String("name"))
            e.name = value;
        else if (it.key() == QLatin1String("summary"))
            e.summary = value;
        else if (it.key() == QLatin1String("body"))
            e.body = value;
        else if (it.key() == QLatin1String("kind")) {
            const auto kind = entityKindFromId(value);
            if (!kind) {
                *error = QStringLiteral("unknown kind \"%1\"").arg(value);
                return false;
            }
            // Ids are stable and name the kind: to make something another kind, create it and merge the old in.
            e.kind = *kind;
        }
    }
    if (!checkId(e, error))
        return false;
    documents.put(c.id, doc, QStringLiteral("edit"));
    return true;
}

bool perform(Workspace &documents, const Change &c, QString *error)
{
    switch (c.op) {
    case Change::Op::AddSource:
    case Change::Op::Create:
        if (documents.exists(c.id)) {
            *error = QStringLiteral("%1 already exists").arg(c.id);
            return false;
        }
        if (!checkId(c.document->entity, error))
            return false;
        documents.put(c.id, c.document, QStringLiteral("create"));
        return true;
    case Change::Op::Edit:
        return edit(documents, c, error);
    case Change::Op::Add:
    case Change::Op::Remove:
    case Change::Op::Replace: {
        std::optional<EntityDocument> doc = documents.get(c.id);
        if (!doc) {
            *error = QStringLiteral("%1 does not exist").arg(c.id);
            return false;
        }
        if (!ClaimEditor::apply(c, &*doc, error))
            return false;
        documents.put(c.id, doc, QStringLiteral("edit"));
        return true;
    }
    case Change::Op::Delete:
        return Remover::remove(documents, c.id, error);
    case Change::Op::Restore:
        return Remover::restore(documents, c.id, error);
    case Change::Op::Merge:
        return Merger::merge(documents, c.id, c.into, error);
    case Change::Op::Put: {
        if (c.document && !checkId(c.document->entity, error))
            return false;
        // A tombstone put deletes as a delete does: nothing may be left pointing at what goes.
        if (!c.document && documents.exists(c.id) && !Remover::remove(documents, c.id, error))
            return false;
        documents.put(c.id, c.document, QStringLiteral("revert"),
            c.revision > 0 ? QStringLiteral("as in revision %1").arg(c.revision) : QString());
        return true;
    }
    }
    return false;
}

// What a change left in the documents it touched must hold together: relations and links reach entities that
// exist, and citations it added are sound. Citations that were there before are not judged again.
bool check(Workspace &documents, const Change &change, const QList<DocumentChange> &before, QString *error)
{
    // A citation anywhere before this change (in the base, or made by an earlier change of the set) is not new
    // where a merge or a restore moves it.
    QList<Citation> known;
    const QList<DocumentChange> changes = documents.changes();
    for (const QList<DocumentChange> *list : { &before, &changes }) {
        for (const DocumentChange &c : *list) {
            for (const std::optional<EntityDocument> *doc : { &c.before, &c.after }) {
                if (*doc && (list == &before || doc == &c.before))
                    known += CitationChecker::citations(**doc);
            }
        }
    }
    // A restore or a put brings back what the base once held: what its history cited was checked then.
    if (change.op == Change::Op::Restore || change.op == Change::Op::Put) {
        for (const Revision &r : documents.base().history(change.id)) {
            for (const QString &text : { r.before, r.after }) {
                if (const auto doc = EntityDocument::fromText(text, nullptr))
                    known += CitationChecker::citations(*doc);
            }
        }
    }
    for (const DocumentChange &c : changes) {
        if (!c.after)
            continue;
        const EntityDocument &doc = *c.after;
        for (const Relation &r : doc.relations) {
            if (!documents.exists(r.object)) {
                *error = QStringLiteral("the relation %1 %2 %3 names an entity that does not exist")
                             .arg(r.subject, r.predicate, r.object);
                return false;
            }
        }
        QStringList texts { doc.entity.summary, doc.entity.body };
        if (doc.source) {
            for (const Section &s : doc.source->sections)
                texts << s.text;
        }
        for (const QString &t : texts) {
            for (const WikiLink &l : WikiLink::parse(t)) {
                if (!documents.exists(l.target)) {
                    *error = QStringLiteral("%1 links to \"%2\", which does not exist").arg(doc.entity.id, l.target);
                    return false;
                }
            }
        }
        for (const Citation &cit : CitationChecker::citations(doc)) {
            if (known.contains(cit))
                continue;
            const QString why = CitationChecker::problem(cit, documents);
            if (!why.isEmpty()) {
                *error = why;
                return false;
            }
        }
    }
    return true;
}

} // namespace

ChangeApplier::ChangeApplier(KnowledgeBase &kb)
    : m_kb(kb)
{ }

std::optional<QList<DocumentChange>> ChangeApplier::prepare(const ChangeSet &set, QString *error) const
{
    Workspace documents(m_kb);
    for (const Change &c : set.changes) {
        const QList<DocumentChange> before = documents.changes();
        QString why;
        if (c.ifRevision && !unchangedSince(c, &why)) {
            if (error)
                *error = c.label() + QStringLiteral(": ") + why;
            return std::nullopt;
        }
        if (!perform(documents, c, &why) || !check(documents, c, before, &why)) {
            if (error)
                *error = c.label() + QStringLiteral(": ") + why;
            return std::nullopt;
        }
    }
    QList<DocumentChange> changes = documents.changes();
    if (changes.isEmpty()) {
        if (error)
            *error = QStringLiteral("the changes change nothing: everything is already so");
        return std::nullopt;
    }
    return changes;
}

qint64 ChangeApplier::newestRevision(const KnowledgeBase &kb, const QString &id)
{
    const QList<Revision> history = kb.history(id);
    return history.isEmpty() ? 0 : history.last().id;
}

bool ChangeApplier::unchangedSince(const Change &c, QString *why) const
{
    const qint64 newest = newestRevision(m_kb, c.id);
    if (newest == *c.ifRevision)
        return true;
    const std::optional<Revision> by = m_kb.revision(newest);
    *why = QStringLiteral("%1 was changed since this change was made (revision %2 by %3 at %4; the change expected "
                          "revision %5): nothing was written, so nothing of either is lost")
               .arg(c.id)
               .arg(newest)
               .arg(by ? by->author : QStringLiteral("?"), by ? by->time.toString(Qt::ISODate) : QStringLiteral("?"))
               .arg(*c.ifRevision);
    return false;
}

bool ChangeApplier::apply(const ChangeSet &set, ChangeSetInfo info, QString *error, qint64 *changesetId)
{
    const std::optional<QList<DocumentChange>> changes = prepare(set, error);
    if (!changes)
        return false;
    if (info.author.trimmed().isEmpty())
        info.author = set.author.isEmpty() ? ChangeSet::defaultAuthor() : set.author;
    if (info.comment.isEmpty())
        info.comment = set.comment;
    if (info.changes.isEmpty())
        info.changes = QString::fromUtf8(QJsonDocument(set.json).toJson(QJsonDocument::Compact));
    StoreError se;
    if (!m_kb.commit(info, *changes, &se, changesetId)) {
        if (error)
            *error = se.message;
        return false;
    }
    return true;
}

} // namespace tkb
