// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The filters a query may carry besides its words and kind: a date or range of dates ("1993..2008", "2004",
// "before:2004", "after:1995"), a section of a source ("in:History") and a source ("source:unpo"). Each is one
// chunk of the query; what the filter says is tested against an entity's date and the places it is cited from.
#include <QString>
#include <QStringList>

#include <string>
#include <string_view>

namespace tkb {

class SearchFilter
{
public:
    /// Takes one chunk of a query (no spaces); true if it is a filter, which is then not searched as words.
    bool take(QStringView chunk);
    bool isEmpty() const { return !hasDate() && m_section.empty() && m_source.empty(); }
    bool hasDate() const { return !m_from.isEmpty() || !m_to.isEmpty(); }
    bool hasPlace() const { return !m_section.empty() || !m_source.empty(); }

    /// Whether a date (ISO start and end, empty when undated) overlaps the range asked for; undated never does.
    bool dateMatches(const QString &start, const QString &end) const;
    /// Whether a place (a source's id and title, and the title of a section of it, empty for the whole source)
    /// is what in: and source: ask for: each a beginning of its folded words ("in:hist", "source:unpo").
    bool placeMatches(std::string_view sourceId, std::string_view sourceTitle, std::string_view sectionTitle) const;

    /// The filter keywords, as typed ("kind:", "in:", "source:", "before:", "after:").
    static QStringList keywords();
    /// Whether a chunk is a filter still being typed: a keyword and the beginning of its value.
    static bool isFilterChunk(QStringView chunk);

private:
    QString m_from, m_to; ///< inclusive ISO dates; empty: open
    std::string m_section, m_source; ///< folded words, joined by spaces
};

} // namespace tkb
