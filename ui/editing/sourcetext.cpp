// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/import/articleimporter.h>
#include <ui/editing/sourcetext.h>

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

namespace tkb {

namespace {

constexpr qint64 largest = 32 * 1024 * 1024;

const QRegularExpression &headingLine()
{
    static const QRegularExpression re(QStringLiteral("^(#{1,6})\\s+(.*?)\\s*#*\\s*$"));
    return re;
}

} // namespace

SourceText::File SourceText::read(const QString &path)
{
    File out;
    const QFileInfo info(path);
    const QString name = info.fileName();
    const QString suffix = info.suffix().toLower();
    if (suffix != QLatin1String("txt") && suffix != QLatin1String("md") && suffix != QLatin1String("markdown")) {
        out.error = tr("“%1” is not a .txt or .md file.").arg(name);
        return out;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        out.error = tr("“%1” cannot be read: %2").arg(name, f.errorString());
        return out;
    }
    if (f.size() > largest) {
        out.error = tr("“%1” is too large for a source (more than 32 MB).").arg(name);
        return out;
    }
    QByteArray data = f.readAll();
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    if (data.contains('\0')) {
        out.error = tr("“%1” is not a text file: it holds binary data.").arg(name);
        return out;
    }
    auto decode = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decode(data);
    if (decode.hasError()) {
        out.error = tr("“%1” is not UTF-8 text.").arg(name);
        return out;
    }
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (text.trimmed().isEmpty()) {
        out.error = tr("“%1” is empty.").arg(name);
        return out;
    }
    out.text = text;
    out.markdown = suffix != QLatin1String("txt");
    out.title = info.completeBaseName();
    if (out.markdown) {
        for (const QString &line : text.split(u'\n')) {
            if (line.trimmed().isEmpty())
                continue;
            const auto m = headingLine().match(line.trimmed());
            if (m.hasMatch() && m.captured(1).size() == 1)
                out.title = m.captured(2);
            break;
        }
    } else if (const auto pack = ArticleImporter::parse(data, name, nullptr); pack && !pack->sources.isEmpty()) {
        out.title = pack->sources.first().title;
    }
    return out;
}

QList<Section> SourceText::sections(const QString &text, bool markdown)
{
    QList<Section> out;
    if (!markdown) {
        // An article in the seed's own format is read as the importer reads it, sections and all.
        if (const auto pack = ArticleImporter::parse(text.toUtf8(), QString(), nullptr);
            pack && !pack->sources.isEmpty() && text.trimmed().startsWith(u'=')) {
            return pack->sources.first().sections;
        }
        if (!text.trimmed().isEmpty())
            out << Section { QStringLiteral("lead"), QString(), text.trimmed() };
        return out;
    }
    Section current { QStringLiteral("lead"), QString(), QString() };
    QStringList lines;
    QSet<QString> titles;
    QSet<QString> ids { QStringLiteral("lead") };
    bool seenText = false;
    const auto flush = [&] {
        current.text = lines.join(u'\n').trimmed();
        if (!current.text.isEmpty() || !current.title.isEmpty())
            out << current;
        lines.clear();
    };
    for (const QString &line : text.split(u'\n')) {
        const auto m = headingLine().match(line.trimmed());
        if (!m.hasMatch() || m.captured(2).isEmpty()) {
            seenText |= !line.trimmed().isEmpty();
            lines << line;
            continue;
        }
        // The document's title heads it; it is the source's title, not a section.
        if (!seenText && out.isEmpty() && lines.join(QString()).trimmed().isEmpty() && m.captured(1).size() == 1
            && current.title.isEmpty()) {
            seenText = true;
            continue;
        }
        seenText = true;
        flush();
        QString title = m.captured(2);
        for (int n = 2; titles.contains(title.toCaseFolded()); ++n)
            title = QStringLiteral("%1 (%2)").arg(m.captured(2)).arg(n);
        titles.insert(title.toCaseFolded());
        QString id = ArticleImporter::slug(title);
        for (int n = 2; ids.contains(id); ++n)
            id = ArticleImporter::slug(title) + QStringLiteral("-%1").arg(n);
        ids.insert(id);
        current = Section { id, title, QString() };
    }
    flush();
    return out;
}

} // namespace tkb
