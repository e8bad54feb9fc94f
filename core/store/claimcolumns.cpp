// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/model/claimjson.h>
#include <core/store/claimcolumns_p.h>

#include <QJsonArray>

namespace tkb {

QString ClaimColumns::claim(
    const Qualifiers &q, const QList<Citation> &citations, const FuzzyDate &from, const FuzzyDate &to)
{
    QJsonObject o = ClaimJson::claimFields(q, citations);
    if (from.isValid())
        o.insert(QStringLiteral("from"), ClaimJson::toJson(from));
    if (to.isValid())
        o.insert(QStringLiteral("to"), ClaimJson::toJson(to));
    return o.isEmpty() ? QString() : QString::fromUtf8(ClaimJson::bytes(o));
}

QString ClaimColumns::dates(const QList<DateClaim> &dates)
{
    // One plain date is all its date columns say; only qualified or competing dates need the list.
    if (dates.isEmpty() || (dates.size() == 1 && dates[0].qualifiers.isPlain() && dates[0].citations.isEmpty()))
        return {};
    QJsonArray a;
    for (const DateClaim &d : dates)
        a.append(ClaimJson::toJson(d));
    return QString::fromUtf8(ClaimJson::bytes(a));
}

std::array<QVariant, 5> ClaimColumns::date(const FuzzyDate &d)
{
    const QVariant null(QMetaType::fromType<QString>());
    if (!d.isValid())
        return { null, null, null, null, null };
    const auto textOrNull = [&](const QString &s) { return s.isNull() ? null : QVariant(s); };
    const auto day = [&](const QDate &x) { return x.isValid() ? QVariant(x.toString(Qt::ISODate)) : null; };
    return { textOrNull(FuzzyDate::precisionId(d.precision())), day(d.start()), day(d.end()), textOrNull(d.text()),
        textOrNull(d.edtf()) };
}

} // namespace tkb
