// SPDX-License-Identifier: GPL-3.0-or-later
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
    return QStringLiteral(":/talyshkb/pack/talysh-national-movement.json");
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

std::unique_ptr<KnowledgeBase> BundledBase::open(KnowledgeBase::OpenMode mode, StoreError *error)
{
    const QString path = defaultPath();
    const QString digest = packDigest();
    bool current = false;
    if (QFileInfo::exists(path)) {
        StoreError e;
        auto existing = KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadOnly, &e);
        if (existing) {
            if (existing->meta(originKey) != originValue) // not ours: never replace it
                return KnowledgeBase::open(path, mode, error);
            current = existing->meta(digestKey) == digest;
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
        if (!build(tmp, error)) {
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
    return KnowledgeBase::open(path, mode, error);
}

} // namespace tkb
