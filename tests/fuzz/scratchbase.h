// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A throwaway knowledge base for fuzz targets: an empty, migrated base is made once, and fresh() puts a copy of
// it back for every input that needs one, so each input starts from the same state (a crash reproduces) without
// paying for the schema each time. It lives in /dev/shm when it can, where fsync costs nothing.
#include <core/store/knowledgebase.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

class ScratchBase
{
public:
    ScratchBase()
    {
        const QFileInfo shm(QStringLiteral("/dev/shm"));
        const QString root = shm.isDir() && shm.isWritable() ? shm.filePath() : QDir::tempPath();
        m_dir = std::make_unique<QTemporaryDir>(root + QStringLiteral("/tkb-fuzz-XXXXXX"));
        if (!m_dir->isValid())
            die("cannot make a scratch folder", m_dir->errorString());
        const QString tpl = m_dir->filePath(QStringLiteral("template.tkb"));
        tkb::StoreError err;
        if (!tkb::KnowledgeBase::open(tpl, tkb::KnowledgeBase::OpenMode::CreateOrOpen, &err))
            die("cannot make the template base", err.message);
        // The connection is closed again: SQLite checkpointed, so the file alone is the whole empty base.
        QFile f(tpl);
        if (!f.open(QIODevice::ReadOnly))
            die("cannot read the template base", f.errorString());
        m_template = f.readAll();
        m_path = m_dir->filePath(QStringLiteral("work.tkb"));
    }

    /// An empty base, opened read-write; the previous one returned must have been destroyed.
    std::unique_ptr<tkb::KnowledgeBase> fresh()
    {
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(m_path + suffix);
        QFile f(m_path);
        if (!f.open(QIODevice::WriteOnly) || f.write(m_template) != m_template.size())
            die("cannot write the scratch base", f.errorString());
        f.close();
        tkb::StoreError err;
        auto kb = tkb::KnowledgeBase::open(m_path, tkb::KnowledgeBase::OpenMode::ReadWrite, &err);
        if (!kb || kb->isReadOnly())
            die("cannot open the scratch base", err.message);
        return kb;
    }

    [[noreturn]] static void die(const char *what, const QString &why)
    {
        std::fprintf(stderr, "fuzz setup: %s: %s\n", what, qPrintable(why));
        std::abort();
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_template;
    QString m_path;
};
