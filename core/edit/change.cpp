// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/edit/change.h>

namespace tkb {

QString Change::opName() const
{
    switch (op) {
    case Op::AddSource:
        return QStringLiteral("add-source");
    case Op::Create:
        return QStringLiteral("create");
    case Op::Edit:
        return QStringLiteral("edit");
    case Op::Add:
        return QStringLiteral("add-") + claim;
    case Op::Remove:
        return QStringLiteral("remove-") + claim;
    case Op::Replace:
        return QStringLiteral("replace-") + claim;
    case Op::Delete:
        return QStringLiteral("delete");
    case Op::Restore:
        return QStringLiteral("restore");
    case Op::Merge:
        return QStringLiteral("merge");
    case Op::Put:
        return QStringLiteral("put");
    }
    return {};
}

QString Change::label() const
{
    QString what = opName();
    if (!id.isEmpty())
        what += u' ' + id;
    if (op == Op::Merge && !into.isEmpty())
        what += QStringLiteral(" into ") + into;
    return QStringLiteral("change %1 (%2)").arg(index).arg(what);
}

} // namespace tkb
