// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/store/knowledgebase.h>
#include <ui/editing/editsession.h>
#include <ui/editing/entitydeleter.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>

namespace tkb {

QStringList EntityDeleter::referrers(const KnowledgeBase &kb, const QString &id)
{
    QStringList lines;
    for (const Mention &m : kb.backlinks(id)) {
        if (m.fromId == id)
            continue;
        lines << (m.section.isEmpty()
                ? tr("%1 links to it as “%2”").arg(m.fromName, m.label)
                : tr("%1, section “%2”, links to it as “%3”").arg(m.fromName, m.section, m.label));
    }
    for (const Relation &r : kb.relations(id)) {
        if (r.object == id && r.subject != id)
            lines << tr("%1 —%2→ it").arg(kb.name(r.subject), r.predicate);
    }
    return lines;
}

QMessageBox *EntityDeleter::ask(QWidget *parent, EditSession *session, const QString &id)
{
    if (!session || !session->canEdit() || !session->knowledgeBase()->contains(id))
        return nullptr;
    const KnowledgeBase &kb = *session->knowledgeBase();
    const QString name = kb.name(id);
    const QStringList lines = referrers(kb, id);
    QString info;
    if (lines.isEmpty()) {
        info = tr("Nothing links to it. It can be brought back with Undo.");
    } else {
        constexpr int shown = 12;
        QStringList list = lines.mid(0, shown);
        if (lines.size() > shown)
            list << tr("… and %n more", nullptr, int(lines.size() - shown));
        info = tr("What refers to it (%n): their links to it become plain text and their relations to it are removed. "
                  "Undo brings everything back.",
                   nullptr, int(lines.size()))
            + QStringLiteral("\n\n• ") + list.join(QStringLiteral("\n• "));
    }
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Delete Entity"), tr("Delete “%1”?").arg(name), QMessageBox::Cancel, parent);
    box->setObjectName(QStringLiteral("deleteEntityBox"));
    box->setInformativeText(info);
    QPushButton *remove = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(
        box, &QMessageBox::buttonClicked, box, [remove, session, id, name, parent](QAbstractButton *button) {
            if (button != remove)
                return;
            QString error;
            const QJsonArray changes { QJsonObject {
                { QStringLiteral("op"), QStringLiteral("delete") }, { QStringLiteral("id"), id } } };
            const QString text = tr("Delete %1").arg(name);
            if (!session->apply(changes, text, text, &error)) {
                auto *refused = new QMessageBox(QMessageBox::Warning, tr("Delete Entity"),
                    tr("“%1” was not deleted: %2").arg(name, error), QMessageBox::Ok, parent);
                refused->setAttribute(Qt::WA_DeleteOnClose);
                refused->open();
            }
        });
    box->open();
    return box;
}

} // namespace tkb
