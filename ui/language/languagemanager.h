// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which language the program speaks: the list offered, the choice remembered in the settings (a --lang on the
// command line wins for that run), and the switch itself: translators, default locale and layout direction,
// so every window retranslates through QEvent::LanguageChange without a restart.
#include <QList>
#include <QObject>
#include <QString>

class QTranslator;

namespace tkb {

class LanguageManager : public QObject
{
    Q_OBJECT
public:
    struct Language
    {
        QString code; ///< "de"
        QString nativeName; ///< "Deutsch": always shown in its own language, never translated
    };

    /// Where the program's translations are compiled in (qt_add_translations RESOURCE_PREFIX).
    static constexpr QLatin1StringView resourcePrefix { ":/i18n" };
    static constexpr QLatin1StringView settingsKey { "ui/language" };
    static constexpr QLatin1StringView readerNamesKey { "ui/readerNames" };

    /// The languages offered in the menu, in menu order.
    static QList<Language> languages();
    static bool isSupported(const QString &code);
    /// The one manager of the application (made on first use, owned by qApp).
    static LanguageManager *instance();

    /// Applies the language for this run: commandLineCode when given and supported, else the remembered
    /// choice, else the system's. Returns false (and applies the remembered one) for an unknown code.
    bool initialize(const QString &commandLineCode = {});

    /// The choice: a code from languages(), or empty for "System default".
    QString chosen() const { return m_chosen; }
    /// The language actually shown ("en" when no translation matches the system).
    QString effective() const { return m_effective; }

    /// Switches now. remember stores the choice for the next start.
    void setLanguage(const QString &code, bool remember = true);

    /// Whether names show in the script of the language (a Cyrillic alias in Russian: core/render/readername.h).
    bool readerNames() const;
    /// Turns that on or off now, in every window, and remembers it.
    void setReaderNames(bool on);

Q_SIGNALS:
    void languageChanged(const QString &effectiveCode);
    void readerNamesChanged(bool on);

private:
    explicit LanguageManager(QObject *parent);
    void apply(const QString &code);
    void removeTranslators();
    /// The first of the system's UI languages that we offer, else "en".
    static QString systemLanguage();

    QString m_chosen;
    QString m_effective = QStringLiteral("en");
    QList<QTranslator *> m_translators;
};

} // namespace tkb
