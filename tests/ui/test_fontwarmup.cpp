// SPDX-License-Identifier: GPL-3.0-or-later
// The program reads the fonts on workers while it starts (FontWarmup): the font configuration before the
// QApplication exists, Qt's font database once it does. This test starts as the program does, measures words on
// the main thread while the worker is still reading, and checks that the worker read the same font database the
// window uses, on another thread; and that the real program started and ended at once (--help, --version) while
// its worker is still busy ends cleanly.
#include <ui/shell/fontwarmup.h>

#include <QApplication>
#include <QFontDatabase>
#include <QImage>
#include <QLabel>
#include <QProcess>
#include <QTest>

namespace {

tkb::FontWarmup *g_warmup = nullptr;
QSize g_measuredMeanwhile;

} // namespace

class TestFontWarmup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsTheFontsOnAWorker()
    {
        QVERIFY(g_warmup);
        QVERIFY(g_warmup->wait(60000));
        QVERIFY(g_warmup->ranElsewhere());
        const QStringList families = QFontDatabase::families();
        QVERIFY(!families.isEmpty());
        QCOMPARE(g_warmup->familyCount(), families.size());
        // Started once per application.
        QCOMPARE(tkb::FontWarmup::start(), g_warmup);
    }

    void wordsMeasuredMeanwhileAreTheSame()
    {
        // The main thread measured this label while the worker was reading: it waited for the fonts it needed,
        // and got the same ones it gets now.
        QVERIFY(g_measuredMeanwhile.isValid());
        QVERIFY(g_measuredMeanwhile.width() > 20);
        QLabel label(QStringLiteral("Talysh National Movement"));
        QCOMPARE(label.sizeHint(), g_measuredMeanwhile);
        // And it draws its words.
        label.resize(label.sizeHint());
        const QImage image = label.grab().toImage();
        const QRgb background = image.pixel(0, 0);
        int inked = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                inked += image.pixel(x, y) != background;
        }
        QVERIFY2(inked > 50, qPrintable(QString::number(inked)));
    }

    void theProgramEndingAtOnceEndsCleanly()
    {
        // --help and --version end the program straight after its font configuration began loading on a worker.
        const QString program = QStringLiteral(TALYSHKB_BIN_DIR "/talysh-kb");
        for (const QString &option : { QStringLiteral("--help"), QStringLiteral("--version") }) {
            for (int run = 0; run < 5; ++run) {
                QProcess p;
                p.start(program, { option });
                QVERIFY(p.waitForFinished(60000));
                QCOMPARE(p.exitStatus(), QProcess::NormalExit);
                QCOMPARE(p.exitCode(), 0);
                QVERIFY(!p.readAllStandardOutput().isEmpty());
            }
        }
    }
};

int main(int argc, char *argv[])
{
    // As app/gui/main.cpp starts.
    tkb::FontWarmup::prepare();
    QApplication app(argc, argv);
    g_warmup = tkb::FontWarmup::start();
    g_measuredMeanwhile = QLabel(QStringLiteral("Talysh National Movement")).sizeHint();
    TestFontWarmup test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_fontwarmup.moc"
