// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicontext.h"

#include <core/store/bundledbase.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tkb {

CliContext::CliContext(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
    : m_parser(parser)
    , m_out(out)
    , m_err(err)
{ }

int CliContext::fail(int code, const QString &message) const
{
    m_err << "talysh-kb-cli: error: " << message << Qt::endl;
    return code;
}

void CliContext::printJson(const QJsonValue &value) const
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

bool CliContext::openBase(KnowledgeBase::OpenMode mode, StoreError *error)
{
    // A command that only reads does not read the whole file first (seconds at a million entities): `check` does
    // that. One that writes checks it in full before it writes anything.
    const auto verification = mode == KnowledgeBase::OpenMode::ReadOnly ? KnowledgeBase::Verification::Deferred
                                                                        : KnowledgeBase::Verification::Full;
    m_base = isSet(QStringLiteral("kb")) ? KnowledgeBase::open(value(QStringLiteral("kb")), mode, error, verification)
                                         : BundledBase::open(mode, error, verification);
    return m_base != nullptr;
}

} // namespace tkb
