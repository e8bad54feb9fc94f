// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the editing tests share: a base built from the small test pack in a temporary folder, and applying a change
// document given as JSON text, as the command line does.
#include <core/edit/changeapplier.h>
#include <core/edit/changereader.h>
#include <core/store/connection_p.h>
#include <core/store/knowledgebase.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "../testpack.h"

namespace tkbtest {

class EditFixture
{
public:
    /// A fresh base at name in dir, holding the small test pack.
    static std::unique_ptr<tkb::KnowledgeBase> makeBase(const QTemporaryDir &dir, const QString &name)
    {
        tkb::StoreError err;
        auto kb = tkb::KnowledgeBase::open(dir.filePath(name), tkb::KnowledgeBase::OpenMode::CreateOrOpen, &err);
        if (!kb || !kb->importPack(smallPack(), &err))
            qFatal("cannot make the test base: %s", qPrintable(err.message));
        return kb;
    }

    /// Applies json; returns the error (empty on success) and the changeset id in *id.
    static QString apply(tkb::KnowledgeBase &kb, const QByteArray &json, qint64 *id = nullptr,
        const QString &author = QStringLiteral("Tester"))
    {
        QString why;
        const std::optional<tkb::ChangeSet> set = tkb::ChangeReader::read(json, &why);
        if (!set)
            return why;
        tkb::ChangeSetInfo info;
        info.author = author;
        if (!tkb::ChangeApplier(kb).apply(*set, info, &why, id))
            return why.isEmpty() ? QStringLiteral("failed without a message") : why;
        return {};
    }

    /// Records a failure when why is not empty (a change that should have applied did not).
    static bool applied(const QString &why)
    {
        return QTest::qVerify(why.isEmpty(), "applied", qPrintable(why), __FILE__, __LINE__);
    }

    static int rows(const tkb::KnowledgeBase &kb, const QString &table)
    {
        QSqlQuery q(tkb::connection(kb));
        if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !q.next())
            qFatal("cannot count %s", qPrintable(table));
        return q.value(0).toInt();
    }
};

} // namespace tkbtest
