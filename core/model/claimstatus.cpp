// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/model/claimstatus.h>

#include <QCoreApplication>

namespace tkb {

QString claimStatusId(ClaimStatus status)
{
    switch (status) {
    case ClaimStatus::Stated:
        return QStringLiteral("stated");
    case ClaimStatus::Reported:
        return QStringLiteral("reported");
    case ClaimStatus::Opinion:
        return QStringLiteral("opinion");
    case ClaimStatus::Disputed:
        return QStringLiteral("disputed");
    case ClaimStatus::Ambiguous:
        return QStringLiteral("ambiguous");
    }
    return {};
}

std::optional<ClaimStatus> claimStatusFromId(QStringView id)
{
    for (ClaimStatus s : { ClaimStatus::Stated, ClaimStatus::Reported, ClaimStatus::Opinion, ClaimStatus::Disputed,
             ClaimStatus::Ambiguous }) {
        if (id == claimStatusId(s))
            return s;
    }
    return std::nullopt;
}

QString claimStatusName(ClaimStatus status)
{
    switch (status) {
    case ClaimStatus::Stated:
        return QCoreApplication::translate("ClaimStatus", "stated");
    case ClaimStatus::Reported:
        return QCoreApplication::translate("ClaimStatus", "reported");
    case ClaimStatus::Opinion:
        return QCoreApplication::translate("ClaimStatus", "opinion");
    case ClaimStatus::Disputed:
        return QCoreApplication::translate("ClaimStatus", "disputed");
    case ClaimStatus::Ambiguous:
        return QCoreApplication::translate("ClaimStatus", "ambiguous reading");
    }
    return {};
}

} // namespace tkb
