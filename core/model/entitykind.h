// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The kinds of thing a knowledge base holds, with their stable ids and translated display names.
#include <QList>
#include <QString>

#include <optional>

namespace tkb {

enum class EntityKind { Person, Organization, Place, Event, Goal, Topic, Source };

/// Every kind, in the order views list them.
QList<EntityKind> allEntityKinds();
/// Stable, untranslated id used in entity ids, files and the CLI: "person", "organization", ...
QString entityKindId(EntityKind kind);
std::optional<EntityKind> entityKindFromId(QStringView id);
/// Translated singular name ("Person"), in the current UI language.
QString entityKindName(EntityKind kind);
/// Translated plural name used as a view title ("People").
QString entityKindPluralName(EntityKind kind);

} // namespace tkb
