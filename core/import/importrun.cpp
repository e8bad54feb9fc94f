// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/import/articleimporter.h>
#include <core/import/importrun.h>
#include <core/import/packhistory.h>
#include <core/import/packreader.h>
#include <core/server/serveraddress.h>
#include <core/store/connection_p.h>
#include <core/store/sqlerrormapper_p.h>
#include <core/store/writetransaction_p.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace tkb {

ImportRun::Format ImportRun::detect(const QByteArray &data, const QString &name)
{
    QByteArrayView text(data);
    if (text.startsWith("\xEF\xBB\xBF")) // a UTF-8 byte order mark says nothing about the format
        text = text.sliced(3);
    text = text.trimmed();
    if (text.startsWith('{'))
        return Format::Pack;
    if (text.startsWith('='))
        return Format::Article;
    return name.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? Format::Pack : Format::Article;
}

std::optional<KnowledgePack> ImportRun::read(const QByteArray &data, const QString &name, ImportError *error)
{
    return detect(data, name) == Format::Pack ? PackReader::read(data, error)
                                              : ArticleImporter::parse(data, name, error);
}

ImportRun::Result ImportRun::importFile(const QString &inputPath, const QString &kbPath, KnowledgeBase::OpenMode mode)
{
    QFile f(inputPath);
    if (!f.open(QIODevice::ReadOnly)) {
        Result r;
        r.status = QFileInfo::exists(inputPath) ? Status::InputUnreadable : Status::InputMissing;
        r.error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(inputPath), f.errorString());
        return r;
    }
    const QByteArray data = f.readAll();
    f.close();
    return importData(data, QFileInfo(inputPath).fileName(), kbPath, mode);
}

ImportRun::Result ImportRun::importData(
    const QByteArray &data, const QString &name, const QString &kbPath, KnowledgeBase::OpenMode mode)
{
    Result r;
    // Bad input fails before the base is touched, so nothing is created for it.
    const std::optional<KnowledgePack> pack = read(data, name, &r.inputError);
    if (!pack) {
        r.status = Status::BadInput;
        r.error = r.inputError.toString(name);
        return r;
    }
    // A pack may carry its history (format 2's "revisions"), read here so a malformed one refuses the whole import.
    QList<ChangeSetInfo> changeSets;
    QList<Revision> revisions;
    if (detect(data, name) == Format::Pack) {
        QString why;
        if (!PackHistory::fromJson(QJsonDocument::fromJson(data).object().value(QStringLiteral("revisions")),
                &changeSets, &revisions, &why)) {
            r.status = Status::BadInput;
            r.inputError = ImportError { 0, why };
            r.error = r.inputError.toString(name);
            return r;
        }
    }
    // A base on a server is never a file to remove.
    const bool server = ServerAddress::isServerAddress(kbPath);
    const bool existed = QFileInfo::exists(kbPath) || server;
    // On a server everything goes in as one transaction (a push that fails midway leaves the database as it was);
    // a file the run made is removed instead.
    std::optional<WriteTransaction> whole;
    const auto fail = [&](Status status) {
        r.status = status;
        r.error = r.storeError.message;
        whole.reset(); // rolled back while the connection is still there
        r.base.reset(); // the connection closes before its file may go
        if (!existed)
            removeBaseFile(kbPath);
        return std::move(r);
    };
    r.base = KnowledgeBase::open(kbPath, mode, &r.storeError);
    if (!r.base)
        return fail(Status::OpenFailed);
    const SqlErrorMapper errors(r.base->path(), r.base->isReadOnly(), server);
    if (server && !whole.emplace(connection(*r.base)).beginEnclosing(errors, &r.storeError))
        return fail(Status::ImportFailed);
    if (!r.base->importPack(*pack, &r.storeError))
        return fail(Status::ImportFailed);
    if (!changeSets.isEmpty() && !r.base->importHistory(changeSets, revisions, &r.storeError))
        return fail(Status::ImportFailed);
    // What an exported pack names itself by, so exporting the base again gives the same pack.
    for (const auto &[key, value] : { std::pair { QStringLiteral("pack_id"), pack->id },
             std::pair { QStringLiteral("pack_language"), pack->language } }) {
        if (!value.isEmpty() && r.base->meta(key).isEmpty() && !r.base->setMeta(key, value, &r.storeError))
            return fail(Status::ImportFailed);
    }
    if (whole && !whole->commit(errors, &r.storeError))
        return fail(Status::ImportFailed);
    whole.reset();
    r.entities = int(pack->entities.size());
    r.relations = int(pack->relations.size());
    r.sources = int(pack->sources.size());
    r.title = pack->title;
    return r;
}

void ImportRun::removeBaseFile(const QString &path)
{
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
}

} // namespace tkb
