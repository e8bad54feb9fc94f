// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which colours the program wears: the system's, light, dark or high contrast. Remembers the choice in the settings
// (a --theme on the command line wins for that run) and switches live by setting the application palette, which
// every page, the graph, the timeline, the sidebar and the source view follow through QEvent::PaletteChange.
#include <QObject>
#include <QPalette>
#include <QString>

namespace tkb {

class ThemeManager : public QObject
{
    Q_OBJECT
public:
    enum class Theme { System, Light, Dark, HighContrast };
    Q_ENUM(Theme)

    static constexpr QLatin1StringView settingsKey { "ui/theme" };

    /// The themes offered, in menu order.
    static QList<Theme> themes() { return { Theme::System, Theme::Light, Theme::Dark, Theme::HighContrast }; }
    /// "system", "light", "dark", "high-contrast": the settings' and the command line's word for a theme.
    static QString code(Theme theme);
    /// The theme for a code; ok (when given) says whether the code was known.
    static Theme fromCode(const QString &code, bool *ok = nullptr);
    /// The one manager of the application (made on first use, owned by qApp).
    static ThemeManager *instance();

    /// Applies the theme for this run: commandLineCode when given and known, else the remembered choice, else
    /// the system's. Returns false (and applies the remembered one) for an unknown code.
    bool initialize(const QString &commandLineCode = {});

    Theme theme() const { return m_theme; }
    /// Switches now. remember stores the choice for the next start.
    void setTheme(Theme theme, bool remember = true);
    /// Whether the palette is one of high contrast (the theme's, or a system one that is as stark).
    static bool isHighContrast(const QPalette &palette);

Q_SIGNALS:
    void themeChanged(tkb::ThemeManager::Theme theme);

private:
    explicit ThemeManager(QObject *parent);
    void apply();

    Theme m_theme = Theme::System;
    QString m_systemStyle; ///< the style the program started with, given back when the system's colours return
    QString m_style; ///< the style set now
};

} // namespace tkb
