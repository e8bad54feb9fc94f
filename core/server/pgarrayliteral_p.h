// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One PostgreSQL array literal ('{"a",NULL,"b"}') built element by element, so that many rows go to the server in one
// statement (unnest of bound arrays) instead of one round trip each: the QPSQL driver binds no arrays of its own.
#include <QString>
#include <QStringView>

namespace tkb {

class PgArrayLiteral
{
public:
    /// A text element, quoted, with backslashes and double quotes escaped.
    void appendText(QStringView text);
    /// An integer or bigint element.
    void appendInteger(qint64 value);
    void appendNull();

    qsizetype size() const { return m_size; }
    /// The literal, to bind to CAST(? AS text[]) or another array type.
    QString literal() const { return u'{' + m_elements + u'}'; }
    void clear();

private:
    void separate();

    QString m_elements;
    qsizetype m_size = 0;
};

} // namespace tkb
