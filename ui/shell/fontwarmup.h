// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads the system's fonts on worker threads while the program starts, so that the window is built meanwhile
// instead of waiting for the fonts at its first widget with words (8-15 ms with a few hundred fonts installed):
// the font configuration before the QApplication exists, Qt's font database right after. QFontDatabase is
// thread-safe; the main thread waits only for what it needs before the workers are done.
#include <QObject>

class QThread;

namespace tkb {

class FontWarmup : public QObject
{
public:
    /// Before the QApplication is made: begins loading the system's font configuration (fontconfig's, where Qt
    /// reads fonts through it; elsewhere nothing). start() takes it over.
    static void prepare();
    /// Once the QApplication is made (and past anything that ends the program at once, such as --help): begins
    /// reading the fonts into Qt's font database, once per application (later calls return the first one). The
    /// warm-up belongs to qApp, which waits for it when it goes.
    static FontWarmup *start();

    /// Waits up to ms for the worker; true once it has finished.
    bool wait(int ms);
    /// What the worker did, for a test to check once wait() has returned true (the worker writes them): how many
    /// font families it found, and whether it ran on a thread other than the one that started it.
    qsizetype familyCount() const { return m_families; }
    bool ranElsewhere() const { return m_elsewhere; }

private:
    explicit FontWarmup(QObject *parent);
    ~FontWarmup() override;

    QThread *m_thread = nullptr;
    qsizetype m_families = 0;
    bool m_elsewhere = false;
};

} // namespace tkb
