// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A document facts are cited from (an article, a report, a book), with what identifies it; its text (infobox and
// sections) when the base holds it, so citations of it can be checked word for word.
#include <core/model/attribute.h>
#include <core/model/section.h>

#include <QList>

namespace tkb {

struct SourceDocument
{
    QString id; ///< also the id of its "source" entity
    QString title;
    QString origin; ///< where it came from (file name)
    QString author;
    QString publisher;
    FuzzyDate date; ///< when it was published, as precisely as known
    QString url;
    QString file; ///< a local file it was read from, when not in the base
    QString language; ///< BCP 47
    QList<Attribute> infobox;
    QList<Section> sections;

    /// The section with this title (or id), or nullptr.
    const Section *section(QStringView titleOrId) const
    {
        for (const Section &s : sections) {
            if (s.title == titleOrId || s.id == titleOrId)
                return &s;
        }
        return nullptr;
    }
    friend bool operator==(const SourceDocument &, const SourceDocument &) = default;
};

} // namespace tkb
