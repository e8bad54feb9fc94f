// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The JSON shapes talysh-kb-cli's commands share: a date and a citation.
#include <core/model/citation.h>
#include <core/model/fuzzydate.h>

#include <QJsonObject>
#include <QJsonValue>

namespace tkb {

class CliJson
{
public:
    /// {iso, precision[, text]}, or null for no date.
    static QJsonValue date(const FuzzyDate &d);
    static QJsonObject citation(const Citation &c);
};

} // namespace tkb
