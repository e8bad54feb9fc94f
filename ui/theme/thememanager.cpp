// SPDX-License-Identifier: GPL-3.0-or-later
#include <ui/theme/thememanager.h>
#include <ui/theme/themepalettes.h>

#include <QApplication>
#include <QPointer>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>

namespace tkb {

QString ThemeManager::code(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::HighContrast:
        return QStringLiteral("high-contrast");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

ThemeManager::Theme ThemeManager::fromCode(const QString &code, bool *ok)
{
    const QString c = code.trimmed().toLower();
    for (Theme t : themes()) {
        if (ThemeManager::code(t) == c) {
            if (ok)
                *ok = true;
            return t;
        }
    }
    if (ok)
        *ok = false;
    return Theme::System;
}

ThemeManager *ThemeManager::instance()
{
    static QPointer<ThemeManager> manager;
    if (!manager)
        manager = new ThemeManager(qApp);
    return manager;
}

ThemeManager::ThemeManager(QObject *parent)
    : QObject(parent)
    , m_systemStyle(QApplication::style()->name())
    , m_style(m_systemStyle)
{ }

bool ThemeManager::initialize(const QString &commandLineCode)
{
    bool known = false;
    const Theme given = fromCode(commandLineCode, &known);
    if (known) {
        setTheme(given, false);
        return true;
    }
    setTheme(fromCode(QSettings().value(settingsKey).toString()), false);
    return commandLineCode.isEmpty();
}

void ThemeManager::setTheme(Theme theme, bool remember)
{
    if (remember) {
        QSettings settings;
        if (theme == Theme::System)
            settings.remove(settingsKey);
        else
            settings.setValue(settingsKey, code(theme));
    }
    const bool changed = theme != m_theme;
    m_theme = theme;
    apply();
    if (changed)
        Q_EMIT themeChanged(theme);
}

bool ThemeManager::isHighContrast(const QPalette &palette)
{
    // Black on white or white on black, as the high-contrast themes of every desktop are.
    const float text = palette.color(QPalette::Text).lightnessF();
    const float base = palette.color(QPalette::Base).lightnessF();
    return std::abs(text - base) > 0.97f;
}

void ThemeManager::apply()
{
    // Native styles that paint with the desktop's own colours would ignore a palette: Fusion draws every theme.
    static const QStringList paletteBlind { QStringLiteral("windowsvista"), QStringLiteral("windows11"),
        QStringLiteral("macos") };
    const bool own = m_theme != Theme::System;
    const QString wanted
        = own && paletteBlind.contains(m_systemStyle, Qt::CaseInsensitive) ? QStringLiteral("Fusion") : m_systemStyle;
    // Compared with what was last set: with a style sheet on, QApplication::style() is the sheet's wrapper.
    if (m_style.compare(wanted, Qt::CaseInsensitive) != 0) {
        QApplication::setStyle(QStyleFactory::create(wanted));
        m_style = wanted;
    }

    // Window frames and native dialogs follow where the platform lets them.
    QStyleHints *hints = QGuiApplication::styleHints();
    switch (m_theme) {
    case Theme::System:
        hints->unsetColorScheme();
        {
            // A palette that sets no role resolves wholly to the style's and the platform's: the system's colours.
            // (A default QPalette would share the current one's data, which Qt takes for "no change".)
            QPalette none(Qt::black);
            none.setResolveMask(0);
            QApplication::setPalette(none);
        }
        break;
    case Theme::Light:
        hints->setColorScheme(Qt::ColorScheme::Light);
        QApplication::setPalette(ThemePalettes::light());
        break;
    case Theme::Dark:
        hints->setColorScheme(Qt::ColorScheme::Dark);
        QApplication::setPalette(ThemePalettes::dark());
        break;
    case Theme::HighContrast:
        hints->setColorScheme(Qt::ColorScheme::Dark);
        QApplication::setPalette(ThemePalettes::highContrast());
        break;
    }
    // The program sets no style sheet of its own otherwise: only high contrast's frames come and go.
    qApp->setStyleSheet(m_theme == Theme::HighContrast ? ThemePalettes::highContrastStyleSheet() : QString());
}

} // namespace tkb
