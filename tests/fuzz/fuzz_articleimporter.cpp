// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: ArticleImporter::parse on arbitrary bytes. Bad input must give an error naming a line, never
// a crash; an accepted article must be a self-consistent pack that a fresh base stores and reads back unchanged.
#include <core/import/articleimporter.h>

#include <QCoreApplication>
#include <QSet>

#include "packinvariants.h"

namespace {
ScratchBase *scratch = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Qt's SQL plugins are found through the application object.
    new QCoreApplication(*argc, *argv);
    scratch = new ScratchBase;
    std::atexit([] { delete scratch; }); // removes the scratch folder, before Qt's statics go
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    tkb::ImportError err;
    const auto pack = tkb::ArticleImporter::parse(bytes, QStringLiteral("fuzz.txt"), &err);
    if (!pack) {
        if (err.message.isEmpty())
            PackInvariants::broken(QStringLiteral("refused without a message"));
        if (err.line < 0 || err.line > bytes.count('\n') + 1)
            PackInvariants::broken(
                QStringLiteral("error names line %1 of %2").arg(err.line).arg(bytes.count('\n') + 1));
        return 0;
    }
    if (pack->sources.size() != 1 || !pack->sources.first().id.startsWith(QLatin1String("source/")))
        PackInvariants::broken(QStringLiteral("an article must make exactly one source document"));
    QSet<QString> ids;
    for (const tkb::Entity &e : pack->entities) {
        if (e.id.isEmpty() || e.name.trimmed().isEmpty())
            PackInvariants::broken(QStringLiteral("entity without id or name: \"%1\"").arg(e.id));
        if (ids.contains(e.id))
            PackInvariants::broken(QStringLiteral("entity id twice: %1").arg(e.id));
        ids.insert(e.id);
    }
    PackInvariants::importAndVerify(*scratch, *pack);
    return 0;
}
