// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What every talysh-kb-cli command shares: its arguments and options, the output streams, the one-line error
// form, JSON printing, and the knowledge base the command runs over.
#include <core/model/entitykind.h>
#include <core/store/knowledgebase.h>

#include <QCommandLineParser>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace tkb {

class CliContext
{
public:
    /// parser: may parse the command line after this is made.
    CliContext(const QCommandLineParser &parser, QTextStream &out, QTextStream &err);

    /// The positional arguments after the command's name.
    QStringList arguments() const { return m_parser.positionalArguments().mid(1); }
    bool isSet(const QString &option) const { return m_parser.isSet(option); }
    QString value(const QString &option) const { return m_parser.value(option); }
    bool json() const { return isSet(QStringLiteral("json")); }
    /// --kind, already checked by the dispatcher.
    std::optional<EntityKind> kind() const { return m_kind; }
    void setKind(std::optional<EntityKind> kind) { m_kind = kind; }

    QTextStream &out() const { return m_out; }
    /// Prints "talysh-kb-cli: error: MESSAGE" to standard error and returns code.
    int fail(int code, const QString &message) const;
    void printJson(const QJsonValue &value) const;

    /// Opens --kb, or the bundled base without it.
    bool openBase(KnowledgeBase::OpenMode mode, StoreError *error);
    /// The base openBase() opened.
    KnowledgeBase &base() const { return *m_base; }

private:
    const QCommandLineParser &m_parser;
    std::optional<EntityKind> m_kind;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<KnowledgeBase> m_base;
};

} // namespace tkb
