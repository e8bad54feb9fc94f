// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: PackReader::read on arbitrary bytes (usually almost-JSON). Bad input must give an error,
// never a crash; an accepted pack must store in a fresh base or be refused as Invalid, and read back unchanged.
#include <core/import/packreader.h>

#include <QCoreApplication>

#include "packinvariants.h"

namespace {
ScratchBase *scratch = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    new QCoreApplication(*argc, *argv);
    scratch = new ScratchBase;
    std::atexit([] { delete scratch; }); // removes the scratch folder, before Qt's statics go
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    tkb::ImportError err;
    const auto pack = tkb::PackReader::read(bytes, &err);
    if (!pack) {
        if (err.message.isEmpty())
            PackInvariants::broken(QStringLiteral("refused without a message"));
        if (err.line < 0 || err.line > bytes.count('\n') + 1)
            PackInvariants::broken(
                QStringLiteral("error names line %1 of %2").arg(err.line).arg(bytes.count('\n') + 1));
        return 0;
    }
    PackInvariants::importAndVerify(*scratch, *pack);
    return 0;
}
