// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// PostgreSQL array literals ('{"a","b"}'), so that many rows go to the server in one statement (unnest of bound
// arrays) instead of one round trip each: the QPSQL driver binds no arrays of its own.
#include <QList>
#include <QString>
#include <QStringList>

namespace tkb {

class PgArrayLiteral
{
public:
    /// A text[] literal: each element quoted, with backslashes and double quotes escaped.
    static QString texts(const QStringList &values);
    /// An integer[] or bigint[] literal.
    static QString integers(const QList<qint64> &values);
};

} // namespace tkb
