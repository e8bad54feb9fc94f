// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The words a page puts around the knowledge base's data, translated: relation labels read from either side,
// attribute keys, language and script names of aliases, dates and periods. The screen and the PDF use the same.
#include <core/model/alias.h>
#include <core/model/fuzzydate.h>

#include <QCoreApplication>
#include <QLocale>

namespace tkb {

class PageLabels
{
    Q_DECLARE_TR_FUNCTIONS(tkb::PageLabels)
public:
    /// A readable label for a predicate: "heads", or read from the object's side "headed by".
    static QString relation(const QString &predicate, bool inverse);
    /// A readable label for an attribute key: "Founded" for "founded", translated; a key the program does not
    /// know (one a user added) as it is, capitalized.
    static QString attribute(const QString &key);
    /// "Azerbaijani" for "az"; an unknown code as Qt names it, or as given.
    static QString language(const QString &code);
    /// "Cyrillic" for "Cyrl"; an unknown code as given.
    static QString script(const QString &code);
    /// What to say after an alias: its language and script ("Russian, Cyrillic"), or empty.
    static QString aliasNote(const Alias &alias);
    /// A date at its precision, or empty when invalid.
    static QString date(const FuzzyDate &date, const QLocale &locale);
    /// "1993 – 1995", "from 1993", "until 1995", or empty. A side that is itself uncertain in extent ("after
    /// 2004", a range) is named instead: "began after 2004, ended 2010".
    static QString period(const FuzzyDate &from, const FuzzyDate &to, const QLocale &locale);
    /// A relation label for a relation that no longer holds: "chairman of (former)".
    static QString former(const QString &relationLabel);
};

} // namespace tkb
