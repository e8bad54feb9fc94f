// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The [[id|label]] links in bodies and sections: finding them, and the plain text without them.
#include <QList>
#include <QString>

#include <string>
#include <string_view>

namespace tkb {

struct WikiLink
{
    QString target; ///< entity id
    QString label; ///< shown text (the target when no label is given)
    qsizetype position = 0; ///< offset of "[[" in the marked-up text
    qsizetype length = 0; ///< length of the whole "[[...]]"

    /// All links in text, in order.
    static QList<WikiLink> parse(const QString &text);
    /// text with every [[id|label]] replaced by its label.
    static QString stripMarkup(const QString &text);
    /// The same for UTF-8 text, into out: search snippets are cut from the stored UTF-8 without a detour
    /// through QString.
    static void stripMarkup(std::string_view text, std::string &out);
};

} // namespace tkb
