// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/render/readername.h>
#include <ui/language/languagemanager.h>

#include <QApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace tkb {

QList<LanguageManager::Language> LanguageManager::languages()
{
    return {
        { QStringLiteral("en"), QStringLiteral("English") },
        { QStringLiteral("ru"), QStringLiteral("Русский") },
        { QStringLiteral("az"), QStringLiteral("Azərbaycanca") },
        { QStringLiteral("fa"), QStringLiteral("فارسی") },
        { QStringLiteral("nl"), QStringLiteral("Nederlands") },
        { QStringLiteral("de"), QStringLiteral("Deutsch") },
        { QStringLiteral("tr"), QStringLiteral("Türkçe") },
    };
}

bool LanguageManager::isSupported(const QString &code)
{
    for (const Language &l : languages()) {
        if (l.code == code)
            return true;
    }
    return false;
}

LanguageManager *LanguageManager::instance()
{
    static QPointer<LanguageManager> manager;
    if (!manager)
        manager = new LanguageManager(qApp);
    return manager;
}

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{ }

bool LanguageManager::initialize(const QString &commandLineCode)
{
    ReaderName::setEnabled(QSettings().value(readerNamesKey, true).toBool());
    const QString code = commandLineCode.trimmed().toLower();
    if (!code.isEmpty() && isSupported(code)) {
        setLanguage(code, false);
        return true;
    }
    QString remembered = QSettings().value(settingsKey).toString();
    if (!isSupported(remembered))
        remembered.clear();
    setLanguage(remembered, false);
    return code.isEmpty();
}

QString LanguageManager::systemLanguage()
{
    for (const QString &tag : QLocale::system().uiLanguages()) {
        const QString code = QLocale(tag).name().section(u'_', 0, 0);
        if (isSupported(code))
            return code;
    }
    return QStringLiteral("en");
}

void LanguageManager::setLanguage(const QString &code, bool remember)
{
    const QString chosen = isSupported(code) ? code : QString();
    if (remember) {
        QSettings settings;
        if (chosen.isEmpty())
            settings.remove(settingsKey);
        else
            settings.setValue(settingsKey, chosen);
    }
    m_chosen = chosen;
    apply(chosen.isEmpty() ? systemLanguage() : chosen);
}

bool LanguageManager::readerNames() const
{
    return ReaderName::isEnabled();
}

void LanguageManager::setReaderNames(bool on)
{
    if (on == ReaderName::isEnabled())
        return;
    ReaderName::setEnabled(on);
    QSettings().setValue(readerNamesKey, on);
    // Every view already redraws its names for a new language; the same event redraws them for this choice.
    QCoreApplication::postEvent(qApp, new QEvent(QEvent::LanguageChange));
    Q_EMIT readerNamesChanged(on);
}

void LanguageManager::removeTranslators()
{
    for (QTranslator *t : std::as_const(m_translators)) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    m_translators.clear();
}

void LanguageManager::apply(const QString &code)
{
    removeTranslators();
    const QLocale locale(code);
    QLocale::setDefault(locale);

    // English is the source language, but its file still carries the plural forms ("1 result", "2 results").
    auto *app = new QTranslator(this);
    if (app->load(QStringLiteral("talysh-kb_") + code, resourcePrefix)) {
        QCoreApplication::installTranslator(app);
        m_translators << app;
    } else {
        delete app;
    }

    // Qt's own strings (standard dialogs and buttons); absent for a few languages, which is fine.
    auto *qt = new QTranslator(this);
    if (qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        m_translators << qt;
    } else {
        delete qt;
    }

    m_effective = code;
    qApp->setLayoutDirection(locale.textDirection());
    // Without any translator to install, nothing would tell the windows that dates and numbers now follow
    // another locale; this one event makes them redraw in the new language either way.
    QCoreApplication::postEvent(qApp, new QEvent(QEvent::LanguageChange));
    Q_EMIT languageChanged(code);
}

} // namespace tkb
