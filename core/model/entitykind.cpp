// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/model/entitykind.h>

#include <QCoreApplication>

namespace tkb {

QList<EntityKind> allEntityKinds()
{
    return { EntityKind::Person, EntityKind::Organization, EntityKind::Place, EntityKind::Event, EntityKind::Goal,
        EntityKind::Topic, EntityKind::Source };
}

QString entityKindId(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Person:
        return QStringLiteral("person");
    case EntityKind::Organization:
        return QStringLiteral("organization");
    case EntityKind::Place:
        return QStringLiteral("place");
    case EntityKind::Event:
        return QStringLiteral("event");
    case EntityKind::Goal:
        return QStringLiteral("goal");
    case EntityKind::Topic:
        return QStringLiteral("topic");
    case EntityKind::Source:
        return QStringLiteral("source");
    }
    return {};
}

std::optional<EntityKind> entityKindFromId(QStringView id)
{
    for (EntityKind k : allEntityKinds()) {
        if (id == entityKindId(k))
            return k;
    }
    return std::nullopt;
}

QString entityKindName(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Person:
        return QCoreApplication::translate("EntityKind", "Person");
    case EntityKind::Organization:
        return QCoreApplication::translate("EntityKind", "Organization");
    case EntityKind::Place:
        return QCoreApplication::translate("EntityKind", "Place");
    case EntityKind::Event:
        return QCoreApplication::translate("EntityKind", "Event");
    case EntityKind::Goal:
        return QCoreApplication::translate("EntityKind", "Goal");
    case EntityKind::Topic:
        return QCoreApplication::translate("EntityKind", "Topic");
    case EntityKind::Source:
        return QCoreApplication::translate("EntityKind", "Source");
    }
    return {};
}

QString entityKindPluralName(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Person:
        return QCoreApplication::translate("EntityKind", "People");
    case EntityKind::Organization:
        return QCoreApplication::translate("EntityKind", "Organizations");
    case EntityKind::Place:
        return QCoreApplication::translate("EntityKind", "Places");
    case EntityKind::Event:
        return QCoreApplication::translate("EntityKind", "Events");
    case EntityKind::Goal:
        return QCoreApplication::translate("EntityKind", "Goals");
    case EntityKind::Topic:
        return QCoreApplication::translate("EntityKind", "Topics");
    case EntityKind::Source:
        return QCoreApplication::translate("EntityKind", "Sources");
    }
    return {};
}

} // namespace tkb
