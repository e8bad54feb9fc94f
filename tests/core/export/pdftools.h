// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Test helpers that read PDFs with poppler-utils (pdfinfo, pdftotext, pdffonts, pdftoppm). The tools are part of
// the build environment, so a missing one fails the test instead of skipping it.
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringList>
#include <QTest>

namespace pdftest {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline QString tool(const QString &name)
{
    const QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        qWarning("%s is missing; install poppler-utils", qPrintable(name));
    return path;
}

inline Run run(const QString &program, const QStringList &args,
    const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    Run r;
    if (program.isEmpty())
        return r;
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

/// pdfinfo's "Key: value" lines.
inline QMap<QString, QString> info(const QString &pdf)
{
    QMap<QString, QString> m;
    const Run r = run(tool(QStringLiteral("pdfinfo")), { pdf });
    for (const QString &line : r.out.split(u'\n')) {
        const qsizetype colon = line.indexOf(u':');
        if (colon > 0)
            m.insert(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
    }
    return m;
}

inline int pages(const QString &pdf)
{
    return info(pdf).value(QStringLiteral("Pages"), QStringLiteral("-1")).toInt();
}

/// The text of pages first..last (all when 0), whitespace collapsed to single spaces. raw keeps the order in
/// which text was drawn, so a table cell's lines stay together instead of interleaving with the next column.
inline QString text(const QString &pdf, int first = 0, int last = 0, bool raw = false)
{
    QStringList args;
    if (raw)
        args << QStringLiteral("-raw");
    if (first > 0)
        args << QStringLiteral("-f") << QString::number(first);
    if (last > 0)
        args << QStringLiteral("-l") << QString::number(last);
    args << pdf << QStringLiteral("-");
    QString t = run(tool(QStringLiteral("pdftotext")), args).out;
    // pdftotext marks right-to-left runs with embedding controls and may give Arabic presentation forms.
    t.remove(QRegularExpression(QStringLiteral("[\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]")));
    t = t.normalized(QString::NormalizationForm_KC);
    return t.simplified();
}

/// text without whitespace and hyphens, for finding sentences whatever pdftotext made of line ends (it joins
/// "twelve-" and "year-old" at a line end into "twelveyear-old").
inline QString squeezed(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("[\\s\\-]+")));
    return text;
}

struct Font
{
    QString name;
    bool embedded = false;
};

inline QList<Font> fonts(const QString &pdf)
{
    QList<Font> out;
    const QStringList lines = run(tool(QStringLiteral("pdffonts")), { pdf }).out.split(u'\n');
    for (qsizetype i = 2; i < lines.size(); ++i) {
        // name type... encoding emb sub uni object ID: the last five columns are fixed.
        const QStringList cols = lines[i].split(u' ', Qt::SkipEmptyParts);
        if (cols.size() < 6)
            continue;
        out << Font { cols.first(), cols[cols.size() - 5] == u"yes" };
    }
    return out;
}

struct Word
{
    double xMin = 0, yMin = 0, xMax = 0, yMax = 0;
    QString text;
};

/// Words of one page with their boxes (pdftotext -bbox), and the page size in points.
inline QList<Word> words(const QString &pdf, int page, QSizeF *pageSize = nullptr)
{
    QList<Word> out;
    const QString xml = run(tool(QStringLiteral("pdftotext")),
        { QStringLiteral("-bbox"), QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
            QString::number(page), pdf, QStringLiteral("-") })
                            .out;
    static const QRegularExpression pageRe(QStringLiteral("<page width=\"([0-9.]+)\" height=\"([0-9.]+)\""));
    if (pageSize) {
        const auto m = pageRe.match(xml);
        *pageSize = m.hasMatch() ? QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble()) : QSizeF();
    }
    static const QRegularExpression wordRe(QStringLiteral(
        "<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>"));
    for (auto it = wordRe.globalMatch(xml); it.hasNext();) {
        const auto m = it.next();
        out << Word { m.captured(1).toDouble(), m.captured(2).toDouble(), m.captured(3).toDouble(),
            m.captured(4).toDouble(), m.captured(5) };
    }
    return out;
}

/// Named destinations (pdfinfo -dests): name → page.
inline QMap<QString, int> destinations(const QString &pdf)
{
    QMap<QString, int> m;
    const QStringList lines = run(tool(QStringLiteral("pdfinfo")), { QStringLiteral("-dests"), pdf }).out.split(u'\n');
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d+)\\s+\\[.*\\]\\s+\"(.*)\"\\s*$"));
    for (const QString &line : lines) {
        const auto x = re.match(line);
        if (x.hasMatch())
            m.insert(x.captured(2), x.captured(1).toInt());
    }
    return m;
}

} // namespace pdftest
