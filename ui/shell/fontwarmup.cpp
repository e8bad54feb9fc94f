// SPDX-License-Identifier: GPL-3.0-or-later
#include <ui/shell/fontwarmup.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFontDatabase>
#include <QLibrary>
#include <QPointer>
#include <QThread>

#include <thread>
#include <utility>

namespace tkb {

namespace {

// prepare()'s worker until start() takes it. Never destroyed otherwise: a program that ends before start() (--help)
// leaves it to the process's end rather than to a std::thread destructor, which would abort on a running thread.
std::thread *&preparing()
{
    static std::thread *thread = nullptr;
    return thread;
}

} // namespace

void FontWarmup::prepare()
{
    if (preparing())
        return;
    preparing() = new std::thread([] {
        // Qt links fontconfig where it uses it: FcInit() parses its configuration and maps its caches, the larger
        // part of reading the fonts. Resolved at run time, so that building needs no fontconfig headers and other
        // systems, which have no such library, skip it.
        using Init = int (*)();
        if (const auto init = reinterpret_cast<Init>(QLibrary::resolve(QStringLiteral("fontconfig"), 1, "FcInit")))
            init();
    });
}

FontWarmup *FontWarmup::start()
{
    static QPointer<FontWarmup> warmup;
    if (!warmup)
        warmup = new FontWarmup(qApp);
    return warmup;
}

FontWarmup::FontWarmup(QObject *parent)
    : QObject(parent)
{
    QThread *starter = QThread::currentThread();
    std::thread *before = std::exchange(preparing(), nullptr);
    // What the worker writes is read only after wait() has seen it finish.
    m_thread = QThread::create([this, starter, before] {
        if (before) {
            before->join();
            delete before;
        }
        const QStringList families = QFontDatabase::families();
        m_elsewhere = QThread::currentThread() != starter;
        m_families = families.size();
    });
    m_thread->setObjectName(QStringLiteral("font warm-up"));
    m_thread->start();
}

FontWarmup::~FontWarmup()
{
    m_thread->wait();
    delete m_thread;
}

bool FontWarmup::wait(int ms)
{
    return m_thread->wait(QDeadlineTimer(ms));
}

} // namespace tkb
