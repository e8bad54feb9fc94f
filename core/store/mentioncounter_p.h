// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The links in an entity's or a source's texts, counted per section, target and label: its rows of the mention table.
#include <QList>
#include <QString>

#include <map>
#include <tuple>

namespace tkb {

class MentionCounter
{
public:
    struct Row
    {
        QString section; ///< "" for the entity's own text, a section's title, "(lead)" for an untitled section
        QString to;
        QString label;
        int count = 0;
    };

    void addEntityText(const QString &summary, const QString &body);
    void addSection(const QString &title, const QString &text);
    QList<Row> rows() const;

private:
    void add(const QString &section, const QString &text);

    /// Counts by section, target and label. A key of its own: any character, a control one too, may be in a title.
    std::map<std::tuple<QString, QString, QString>, int> m_counts;
};

} // namespace tkb
