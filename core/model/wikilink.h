#pragma once
// The [[id|label]] links in bodies and sections: finding them, and the plain text without them.
#include <QList>
#include <QString>

namespace tkb {

struct WikiLink
{
    QString target; ///< entity id
    QString label;  ///< shown text (the target when no label is given)
    qsizetype position = 0; ///< offset of "[[" in the marked-up text
    qsizetype length = 0;   ///< length of the whole "[[...]]"

    /// All links in text, in order.
    static QList<WikiLink> parse(const QString &text);
    /// text with every [[id|label]] replaced by its label.
    static QString stripMarkup(const QString &text);
};

} // namespace tkb
