// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Lines two texts share, and the ones removed, added or changed between them, paired row by row for a
// side-by-side view (a shortest edit script, so a line moved far away reads as removed and added).
#include <QList>
#include <QStringList>

namespace tkb {

class LineDiff
{
public:
    enum class Kind { Same, Removed, Added, Changed };
    /// One row of the side-by-side view: a line of the left text, of the right, or of both (-1: none).
    struct Row
    {
        Kind kind = Kind::Same;
        int left = -1;
        int right = -1;
        friend bool operator==(const Row &, const Row &) = default;
    };

    static QList<Row> compare(const QStringList &left, const QStringList &right);
};

} // namespace tkb
