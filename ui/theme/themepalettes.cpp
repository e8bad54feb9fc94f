// SPDX-License-Identifier: GPL-3.0-or-later
#include <ui/theme/themepalettes.h>

namespace tkb {

namespace {

struct Colours
{
    QColor window, text, base, alternateBase, button, highlight, highlightedText, link, linkVisited, disabledText;
};

QPalette make(const Colours &c)
{
    QPalette p;
    const auto all = [&p](QPalette::ColorRole role, const QColor &colour) { p.setColor(role, colour); };
    all(QPalette::Window, c.window);
    all(QPalette::WindowText, c.text);
    all(QPalette::Base, c.base);
    all(QPalette::AlternateBase, c.alternateBase);
    all(QPalette::Text, c.text);
    all(QPalette::BrightText, c.base.lightnessF() < 0.5 ? QColor(Qt::white) : QColor(Qt::black));
    all(QPalette::Button, c.button);
    all(QPalette::ButtonText, c.text);
    all(QPalette::Highlight, c.highlight);
    all(QPalette::HighlightedText, c.highlightedText);
    all(QPalette::Link, c.link);
    all(QPalette::LinkVisited, c.linkVisited);
    all(QPalette::ToolTipBase, c.button);
    all(QPalette::ToolTipText, c.text);
    all(QPalette::PlaceholderText, c.disabledText);
    all(QPalette::Accent, c.highlight);
    // The bevel shades the styles draw frames with, from the button colour.
    const bool dark = c.button.lightnessF() < 0.5;
    all(QPalette::Light, dark ? c.button.lighter(150) : c.button.lighter(110));
    all(QPalette::Midlight, dark ? c.button.lighter(125) : c.button.darker(105));
    all(QPalette::Mid, dark ? c.button.lighter(110) : c.button.darker(125));
    all(QPalette::Dark, dark ? c.button.darker(130) : c.button.darker(150));
    all(QPalette::Shadow, dark ? QColor(Qt::black) : c.button.darker(300));
    for (QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, c.disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, c.disabledText);
    return p;
}

} // namespace

QPalette ThemePalettes::light()
{
    return make({ QColor(0xef, 0xf0, 0xf1), QColor(0x23, 0x26, 0x29), QColor(0xff, 0xff, 0xff),
        QColor(0xf5, 0xf6, 0xf7), QColor(0xfc, 0xfc, 0xfc), QColor(0x30, 0x8c, 0xc6), QColor(0xff, 0xff, 0xff),
        QColor(0x1f, 0x5f, 0xa8), QColor(0x7b, 0x4b, 0xa8), QColor(0x8a, 0x8e, 0x92) });
}

QPalette ThemePalettes::dark()
{
    return make({ QColor(0x2a, 0x2e, 0x32), QColor(0xe8, 0xea, 0xed), QColor(0x1b, 0x1e, 0x20),
        QColor(0x23, 0x26, 0x29), QColor(0x31, 0x36, 0x3b), QColor(0x2d, 0x7d, 0xb3), QColor(0xff, 0xff, 0xff),
        QColor(0x6c, 0xb6, 0xff), QColor(0xc3, 0x9b, 0xeb), QColor(0x7f, 0x84, 0x89) });
}

QPalette ThemePalettes::highContrast()
{
    QPalette p = make({ QColor(Qt::black), QColor(Qt::white), QColor(Qt::black), QColor(0x14, 0x14, 0x14),
        QColor(Qt::black), QColor(0x1a, 0xeb, 0xff), QColor(Qt::black), QColor(0xff, 0xff, 0x00),
        QColor(0xff, 0xff, 0x00), QColor(0x3f, 0xf2, 0x3f) });
    // Frames drawn in full white, not in shades that vanish on black.
    for (QPalette::ColorRole role : { QPalette::Light, QPalette::Midlight, QPalette::Mid, QPalette::Dark })
        p.setColor(role, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0xc0, 0xc0, 0xc0));
    return p;
}

QString ThemePalettes::highContrastStyleSheet()
{
    return QStringLiteral(
        "QLineEdit, QComboBox, QSpinBox, QPlainTextEdit, QTextEdit { border: 1px solid white; }\n"
        "QPushButton { border: 1px solid white; padding: 3px 8px; }\n"
        "QLineEdit:focus, QComboBox:focus, QSpinBox:focus, QPushButton:focus, QToolButton:focus, QCheckBox:focus,"
        " QRadioButton:focus, QAbstractScrollArea:focus { border: 2px solid #1aebff; }\n"
        "QScrollBar { background: black; border: 1px solid white; }\n"
        "QScrollBar:vertical { width: 14px; }\n"
        "QScrollBar:horizontal { height: 14px; }\n"
        "QScrollBar::handle { background: white; border: 2px solid black; }\n"
        "QScrollBar::handle:vertical { min-height: 24px; }\n"
        "QScrollBar::handle:horizontal { min-width: 24px; }\n"
        "QScrollBar::add-line, QScrollBar::sub-line { width: 0px; height: 0px; border: none; }\n"
        "QScrollBar::add-page, QScrollBar::sub-page { background: none; }\n"
        "QMenu { border: 1px solid white; }\n"
        "QToolTip { color: white; background: black; border: 1px solid white; }\n");
}

} // namespace tkb
