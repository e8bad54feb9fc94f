// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/render/readername.h>
#include <core/store/knowledgebase.h>

#include <atomic>

namespace tkb {

namespace {

std::atomic<bool> g_enabled { true };

/// The script a reader of each language reads names in; languages not listed read the source's name.
QString scriptFor(const QString &language)
{
    if (language == u"ru")
        return QStringLiteral("Cyrl");
    if (language == u"az")
        return QStringLiteral("Latn");
    if (language == u"fa")
        return QStringLiteral("Arab");
    return {};
}

/// How well an alias suits the reader: its language and script (3), its language with no script recorded (2),
/// its script with no language recorded (1), or not at all (0). An Azerbaijani Latin alias must say it is
/// Azerbaijani: English, Dutch or Talysh names are Latin too.
int fit(const Alias &a, const QString &language, const QString &script)
{
    if (a.qualifiers.status == ClaimStatus::Disputed || a.qualifiers.status == ClaimStatus::Ambiguous)
        return 0; // a reading the base doubts is never the name shown first
    const bool ownLanguage = a.language.section(u'-', 0, 0) == language;
    if (ownLanguage && a.script == script)
        return 3;
    if (ownLanguage && a.script.isEmpty())
        return 2;
    if (language != u"az" && a.script == script && (a.language.isEmpty() || a.language == u"und"))
        return 1;
    return 0;
}

} // namespace

bool ReaderName::isEnabled()
{
    return g_enabled.load();
}

void ReaderName::setEnabled(bool on)
{
    g_enabled.store(on);
}

QString ReaderName::languageOf(const QLocale &locale)
{
    return locale.name().section(u'_', 0, 0);
}

const Alias *ReaderName::pick(const QString &name, const QList<Alias> &aliases, const QString &language)
{
    const QString script = scriptFor(language);
    if (script.isEmpty())
        return nullptr;
    const Alias *best = nullptr;
    int bestFit = 0;
    for (const Alias &a : aliases) {
        const int f = a.text.trimmed().isEmpty() ? 0 : fit(a, language, script);
        if (f > bestFit) {
            best = &a;
            bestFit = f;
        }
    }
    return best && best->text != name ? best : nullptr;
}

QString ReaderName::shown(const QString &name, const QList<Alias> &aliases, const QString &language)
{
    const Alias *a = isEnabled() ? pick(name, aliases, language) : nullptr;
    return a ? a->text : name;
}

QString ReaderName::titled(const QString &name, const QList<Alias> &aliases, const QString &language)
{
    const QString s = shown(name, aliases, language);
    return s == name ? name : QStringLiteral("%1 (%2)").arg(s, name);
}

QString ReaderName::of(const KnowledgeBase &kb, const QString &id, const QString &language)
{
    const QString name = kb.name(id);
    // Most windows read the source's script: no aliases to read then.
    if (name.isEmpty() || !isEnabled() || scriptFor(language).isEmpty())
        return name;
    return shown(name, kb.aliases(id), language);
}

QString ReaderName::titledOf(const KnowledgeBase &kb, const QString &id, const QString &language)
{
    const QString name = kb.name(id);
    if (name.isEmpty() || !isEnabled() || scriptFor(language).isEmpty())
        return name;
    return titled(name, kb.aliases(id), language);
}

} // namespace tkb
