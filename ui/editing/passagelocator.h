// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Finds where a selection in a rendered page comes from: which of the stored texts (a source's sections, an
// entity's summary and body) and where in its marked-up text, so a citation can quote it verbatim and a link can
// be written around the very words selected.
#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QTextCursor;

namespace tkb {

class PassageLocator
{
    Q_DECLARE_TR_FUNCTIONS(tkb::PassageLocator)
public:
    struct Field
    {
        QString title; ///< what a message calls it: a section's title, "summary"...
        QString text; ///< as stored: Markdown with [[id|label]] links
    };
    struct Place
    {
        int field = -1; ///< index into the fields; -1 when the selection could not be placed (see error)
        QString passage; ///< the selected text as the source's text reads (links as their labels)
        qsizetype start = 0; ///< in the field's marked-up text: where the selected words begin
        qsizetype end = 0; ///< and end; start..end holds them as plain words only when plain is true
        bool plain = false; ///< no link, emphasis or line break inside: the words can become a link
        QString error; ///< why the selection cannot be used, for the user
        bool isValid() const { return field >= 0; }
    };

    /// fields in the order the page shows them; a paragraph of the page belongs to the one whose text holds it
    /// whole (ties go to the field under the page's nearest heading of that title).
    explicit PassageLocator(const QList<Field> &fields);

    /// Where selection's text lies. Fails with a message when nothing is selected, when the selection is not
    /// the stored text (a heading, a table, the page's own labels) or crosses from one field into another.
    Place locate(const QTextCursor &selection) const;

    /// The selected text of a cursor with the page's paragraph and line separators as "\n".
    static QString selectedText(const QTextCursor &selection);

private:
    struct View
    {
        QString text; ///< the field as the page draws it: link labels, no emphasis markers, single spaces
        QList<qsizetype> raw; ///< per character: its offset in the marked-up text
        QList<qsizetype> stripped; ///< per character: its offset in the text with links read as labels
        QList<bool> linked; ///< per character: part of a link's label
        QString stripped_; ///< the field's text with links read as labels (what citations are checked against)
    };
    static View makeView(const QString &markup);
    /// field and offset in its view where a page paragraph lies; field -1 when none holds it.
    std::pair<int, qsizetype> placeBlock(const QString &blockText, const QString &heading) const;

    QList<Field> m_fields;
    QList<View> m_views;
};

} // namespace tkb
