// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one JSON form of entities, claims, citations, dates and sources (knowledge pack format 2), read and
// written by packs, change documents, revision snapshots and the store's claim columns alike.
#include <core/model/entity.h>
#include <core/model/relation.h>
#include <core/model/sourcedocument.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace tkb {

class ClaimJson
{
public:
    static QJsonObject toJson(const Citation &c);
    static QJsonObject toJson(const FuzzyDate &d);
    static QJsonObject toJson(const Alias &a);
    static QJsonObject toJson(const Attribute &a);
    static QJsonObject toJson(const Relation &r);
    static QJsonObject toJson(const DateClaim &d);
    static QJsonObject toJson(const Entity &e);
    static QJsonObject toJson(const SourceDocument &s);

    // Each reader accepts format 2 and format 1 (a single "citation", a date as {start, end, precision});
    // on bad input it returns false with *error saying what is wrong (without naming the owner: callers do).
    static bool fromJson(const QJsonValue &v, Citation *out, QString *error);
    static bool fromJson(const QJsonValue &v, FuzzyDate *out, QString *error); ///< null/absent gives an invalid date
    static bool fromJson(const QJsonValue &v, Alias *out, QString *error);
    static bool fromJson(const QJsonValue &v, Attribute *out, QString *error);
    static bool fromJson(const QJsonValue &v, Relation *out, QString *error);
    static bool fromJson(const QJsonValue &v, DateClaim *out, QString *error);
    static bool fromJson(const QJsonValue &v, Entity *out, QString *error);
    static bool fromJson(const QJsonValue &v, SourceDocument *out, QString *error);

    /// The bytes of a JSON document. Always use this, not QJsonDocument::toJson alone: Qt's JSON parser drops a
    /// U+FEFF inside a string, so it is written escaped, and text comes back exactly as it went in.
    static QByteArray bytes(const QJsonObject &o, bool indented = false);
    static QByteArray bytes(const QJsonArray &a, bool indented = false);

    /// Only the qualifier and citation fields, as the store keeps them beside a claim's own columns.
    static QJsonObject claimFields(const Qualifiers &q, const QList<Citation> &citations);
    static bool readClaimFields(const QJsonObject &o, Qualifiers *q, QList<Citation> *citations, QString *error);
};

} // namespace tkb
