// SPDX-License-Identifier: GPL-3.0-or-later
#include "clijson.h"

namespace tkb {

QJsonValue CliJson::date(const FuzzyDate &d)
{
    if (!d.isValid())
        return QJsonValue::Null;
    QJsonObject o { { QStringLiteral("iso"), d.iso() },
        { QStringLiteral("precision"), FuzzyDate::precisionId(d.precision()) } };
    if (!d.text().isEmpty())
        o.insert(QStringLiteral("text"), d.text());
    return o;
}

QJsonObject CliJson::citation(const Citation &c)
{
    return QJsonObject { { QStringLiteral("source"), c.source }, { QStringLiteral("section"), c.section },
        { QStringLiteral("sentence"), c.sentence } };
}

} // namespace tkb
