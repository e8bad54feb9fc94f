// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which of an entity's names a reader sees first: in a Russian window the Cyrillic alias the base holds, in an
// Azerbaijani one the Azerbaijani Latin alias, in a Persian one the Persian-script alias; else the source's
// name. It only picks among the aliases held: it never transliterates or invents a name.
#include <core/model/alias.h>

#include <QLocale>

namespace tkb {

class KnowledgeBase;

class ReaderName
{
public:
    /// Whether names are shown in the reader's script at all (on unless turned off; the window remembers it).
    static bool isEnabled();
    static void setEnabled(bool on);
    /// "ru" for a Russian locale: the language whose script names are shown in.
    static QString languageOf(const QLocale &locale);
    /// The language of the default locale: the window's.
    static QString current() { return languageOf(QLocale()); }

    /// The alias a reader of language reads first, or null when none fits or it is the name itself. Ignores
    /// whether the choice is enabled.
    static const Alias *pick(const QString &name, const QList<Alias> &aliases, const QString &language);
    /// The name shown: the picked alias when enabled and there is one, else name.
    static QString shown(const QString &name, const QList<Alias> &aliases, const QString &language);
    /// A title: "Аликрам Гумматов (Alikram Hummatov)" when an alias is shown, else name.
    static QString titled(const QString &name, const QList<Alias> &aliases, const QString &language);

    /// shown() for an entity of kb by id (its name, or empty if unknown).
    static QString of(const KnowledgeBase &kb, const QString &id, const QString &language = current());
    /// titled() for an entity of kb by id.
    static QString titledOf(const KnowledgeBase &kb, const QString &id, const QString &language = current());
};

} // namespace tkb
