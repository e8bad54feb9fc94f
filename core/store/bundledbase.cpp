// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/edit/changereplayer.h>
#include <core/import/importrun.h>
#include <core/store/bundledbase.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace tkb {

namespace {
const QString originKey = QStringLiteral("origin");
const QString originValue = QStringLiteral("bundled-pack");
const QString digestKey = QStringLiteral("pack_sha256");

// Tests ship a pack of their own in the shipped one's place (setPackFile).
QString &packFile()
{
    static QString path;
    return path;
}

QByteArray packBytes()
{
    QFile f(BundledBase::packResource());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}
} // namespace

QString BundledBase::packResource()
{
    return packFile().isEmpty() ? QStringLiteral(":/talyshkb/pack/talysh-national-movement.json") : packFile();
}

void BundledBase::setPackFile(const QString &path)
{
    packFile() = path;
}

QString BundledBase::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/talysh-national-movement.tkb");
}

QString BundledBase::packDigest()
{
    return QString::fromLatin1(QCryptographicHash::hash(packBytes(), QCryptographicHash::Sha256).toHex());
}

bool BundledBase::build(const QString &path, StoreError *error)
{
    const QByteArray bytes = packBytes();
    if (bytes.isEmpty()) {
        if (error)
            *error = StoreError::make(
                StoreError::Code::Io, QStringLiteral("The bundled knowledge pack is missing from the program."));
        return false;
    }
    ImportRun::Result r = ImportRun::importData(
        bytes, QFileInfo(packResource()).fileName(), path, KnowledgeBase::OpenMode::CreateOrOpen);
    if (r.status == ImportRun::Status::BadInput) {
        if (error)
            *error = StoreError::make(StoreError::Code::Invalid,
                QStringLiteral("The bundled knowledge pack is broken: %1").arg(r.inputError.toString()));
        return false;
    }
    if (!r.ok()) {
        if (error)
            *error = r.storeError;
        return false;
    }
    return r.base->setMeta(originKey, originValue, error)
        && r.base->setMeta(
            digestKey, QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()), error);
}

bool BundledBase::replay(const QString &path, const QList<ChangeSetInfo> &edits, StoreError *error)
{
    if (edits.isEmpty())
        return true;
    auto kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadWrite, error);
    if (!kb)
        return false;
    const ChangeReplayer::Result r = ChangeReplayer::replay(*kb, edits);
    if (!r.ok()) {
        if (error)
            *error = StoreError::make(StoreError::Code::Io,
                QStringLiteral("Cannot carry your changes over to the new knowledge base: %1").arg(r.error));
        return false;
    }
    for (const ChangeSetInfo &c : r.notApplied)
        qWarning("BundledBase: your change of %s (%s) no longer applies to the new knowledge pack: %s",
            qPrintable(c.time.toString(Qt::ISODate)), qPrintable(c.comment), qPrintable(c.problem));
    return true;
}

std::unique_ptr<KnowledgeBase> BundledBase::open(
    KnowledgeBase::OpenMode mode, StoreError *error, KnowledgeBase::Verification verification)
{
    const QString path = defaultPath();
    const QString digest = packDigest();
    bool current = false;
    QList<ChangeSetInfo> edits; // the user's, to replay onto the new build
    if (QFileInfo::exists(path)) {
        StoreError e;
        // A look at its marks only: the open below checks it as asked.
        auto existing
            = KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadOnly, &e, KnowledgeBase::Verification::Deferred);
        if (existing) {
            if (existing->meta(originKey) != originValue) // not ours: never replace it
                return KnowledgeBase::open(path, mode, error, verification);
            current = existing->meta(digestKey) == digest;
            if (!current)
                edits = existing->allChanges(ChangeSetInfo::userOrigin);
        } else if (e.code == StoreError::Code::NewerSchema) {
            if (error)
                *error = e;
            return nullptr;
        }
        // A damaged copy of the bundled base holds nothing of the user's: it is rebuilt below.
    }
    if (!current) {
        // Build beside it and rename over, so a crash mid-way leaves the old file or none, never half a file.
        const QString tmp = path + QStringLiteral(".building-%1").arg(QCoreApplication::applicationPid());
        ImportRun::removeBaseFile(tmp);
        if (!build(tmp, error) || !replay(tmp, edits, error)) {
            ImportRun::removeBaseFile(tmp);
            return nullptr;
        }
        for (const QString &suffix : { QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(path + suffix);
        if (QFile::exists(path) && !QFile::remove(path)) {
            if (error)
                *error = StoreError::make(
                    StoreError::Code::Io, QStringLiteral("Cannot replace %1.").arg(QDir::toNativeSeparators(path)));
            QFile::remove(tmp);
            return nullptr;
        }
        if (!QFile::rename(tmp, path)) {
            if (error)
                *error = StoreError::make(StoreError::Code::Io,
                    QStringLiteral("Cannot move the new knowledge base to %1.").arg(QDir::toNativeSeparators(path)));
            return nullptr;
        }
    }
    return KnowledgeBase::open(path, mode, error, verification);
}

} // namespace tkb
