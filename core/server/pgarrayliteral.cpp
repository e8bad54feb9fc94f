// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/server/pgarrayliteral_p.h>

namespace tkb {

QString PgArrayLiteral::texts(const QStringList &values)
{
    QString out;
    out.reserve(2 + values.size() * 16);
    out += u'{';
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            out += u',';
        out += u'"';
        for (QChar c : values[i]) {
            if (c == u'"' || c == u'\\')
                out += u'\\';
            out += c;
        }
        out += u'"';
    }
    out += u'}';
    return out;
}

QString PgArrayLiteral::integers(const QList<qint64> &values)
{
    QString out;
    out += u'{';
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            out += u',';
        out += QString::number(values[i]);
    }
    out += u'}';
    return out;
}

} // namespace tkb
