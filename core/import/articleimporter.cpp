// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/import/articleimporter.h>
#include <core/store/textkey.h>

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStringConverter>

namespace tkb {

QString ArticleImporter::slug(const QString &text)
{
    const QString key = textKey(text);
    QString out;
    for (QChar c : key) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out += c;
        else if (c.isLetterOrNumber())
            out += c; // keep non-Latin letters rather than lose the whole name
        else if (!out.isEmpty() && !out.endsWith(u'-'))
            out += u'-';
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("untitled") : out;
}

std::optional<KnowledgePack> ArticleImporter::parseFile(const QString &path, ImportError *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = ImportError { 0, QStringLiteral("cannot read %1: %2").arg(path, f.errorString()) };
        return std::nullopt;
    }
    return parse(f.readAll(), QFileInfo(path).fileName(), error);
}

std::optional<KnowledgePack> ArticleImporter::parse(const QByteArray &data, const QString &origin, ImportError *error)
{
    auto fail = [error](int line, const QString &msg) -> std::optional<KnowledgePack> {
        if (error)
            *error = ImportError { line, msg };
        return std::nullopt;
    };
    if (data.contains('\0'))
        return fail(int(data.left(data.indexOf('\0')).count('\n')) + 1,
            QStringLiteral("the file contains NUL bytes; it is not a text article"));
    auto toUtf16 = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QStringList lines;
    {
        int lineNo = 0;
        for (const QByteArray &raw : data.split('\n')) {
            ++lineNo;
            QString s = toUtf16(raw);
            if (toUtf16.hasError())
                return fail(lineNo, QStringLiteral("the text is not valid UTF-8"));
            if (s.endsWith(u'\r'))
                s.chop(1);
            lines << s;
        }
    }
    static const QRegularExpression titleRe(QStringLiteral("^=\\s*([^=].*?)\\s*=$"));
    static const QRegularExpression headingRe(QStringLiteral("^==\\s*([^=]*?)\\s*==$"));
    static const QRegularExpression infoRe(QStringLiteral("^-\\s*([^:]+?)\\s*:\\s*(.*)$"));

    qsizetype i = 0;
    while (i < lines.size() && lines[i].trimmed().isEmpty())
        ++i;
    if (i >= lines.size())
        return fail(0, QStringLiteral("the article is empty"));
    const auto tm = titleRe.match(lines[i].trimmed());
    if (!tm.hasMatch() || lines[i].trimmed().startsWith(QLatin1String("==")))
        return fail(
            int(i) + 1, QStringLiteral("expected the title line \"= Title =\", found \"%1\"").arg(lines[i].left(60)));
    const QString title = tm.captured(1).trimmed();
    if (title.isEmpty()) // "= =": the subject needs a name
        return fail(int(i) + 1, QStringLiteral("the title line \"= Title =\" has no title"));
    ++i;

    SourceDocument doc;
    doc.id = QStringLiteral("source/") + slug(title) + QStringLiteral("-article");
    doc.title = title;
    doc.origin = origin;

    // Infobox: an optional name line, then "- Key: Value" lines, up to the first blank line.
    while (i < lines.size() && lines[i].trimmed().isEmpty())
        ++i;
    qsizetype j = i;
    if (j < lines.size() && !lines[j].startsWith(u'-') && j + 1 < lines.size()
        && lines[j + 1].startsWith(QLatin1String("- ")))
        ++j; // the infobox's own caption line
    if (j < lines.size() && lines[j].startsWith(QLatin1String("- "))) {
        for (; j < lines.size() && !lines[j].trimmed().isEmpty(); ++j) {
            const auto m = infoRe.match(lines[j]);
            if (!m.hasMatch())
                return fail(int(j) + 1,
                    QStringLiteral("an infobox line must read \"- Key: Value\", found \"%1\"").arg(lines[j].left(60)));
            doc.infobox.append(Attribute { m.captured(1), m.captured(2).trimmed(),
                { Citation { doc.id, QStringLiteral("Infobox"), lines[j].mid(2).trimmed() } } });
        }
        i = j;
    }

    Section current { QStringLiteral("lead"), QString(), QString() };
    QStringList paragraphs;
    QString para;
    QSet<QString> seen;
    QStringList seeAlso;
    bool inSeeAlso = false;
    auto flushPara = [&] {
        if (!para.isEmpty())
            paragraphs << para;
        para.clear();
    };
    auto flushSection = [&] {
        flushPara();
        current.text = paragraphs.join(QStringLiteral("\n\n"));
        if (!current.text.isEmpty() || !current.title.isEmpty())
            doc.sections.append(current);
        paragraphs.clear();
    };
    for (; i < lines.size(); ++i) {
        const QString line = lines[i];
        const QString t = line.trimmed();
        if (t.startsWith(QLatin1String("=="))) {
            const auto hm = headingRe.match(t);
            if (!hm.hasMatch() || hm.captured(1).isEmpty())
                return fail(int(i) + 1,
                    QStringLiteral("a section heading must read \"== Title ==\", found \"%1\"").arg(t.left(60)));
            flushSection();
            const QString st = hm.captured(1);
            if (seen.contains(st.toCaseFolded()))
                return fail(int(i) + 1, QStringLiteral("the section \"%1\" appears twice").arg(st));
            seen.insert(st.toCaseFolded());
            current = Section { slug(st), st, QString() };
            inSeeAlso = st.compare(QLatin1String("See also"), Qt::CaseInsensitive) == 0;
            continue;
        }
        if (t.startsWith(u'=') && t.endsWith(u'='))
            return fail(int(i) + 1, QStringLiteral("a second title line; sections use \"== Title ==\""));
        if (inSeeAlso) {
            if (t.isEmpty())
                continue;
            if (!t.startsWith(QLatin1String("- ")) || t.mid(2).trimmed().isEmpty())
                return fail(int(i) + 1,
                    QStringLiteral("a \"See also\" entry must read \"- Name\", found \"%1\"").arg(t.left(60)));
            const QString name = t.mid(2).trimmed();
            seeAlso << name;
            paragraphs << QStringLiteral("- [[topic/%1|%2]]").arg(slug(name), name);
            continue;
        }
        if (t.isEmpty()) {
            flushPara();
            continue;
        }
        // Each line of the source is its own paragraph unless it continues one (no blank line between).
        if (!para.isEmpty())
            para += u'\n';
        para += t;
    }
    flushSection();
    if (doc.sections.isEmpty() && doc.infobox.isEmpty())
        return fail(int(lines.size()), QStringLiteral("the article has a title but no text"));

    KnowledgePack pack;
    pack.id = slug(title);
    pack.title = title;
    pack.language = QStringLiteral("en");
    pack.sources.append(doc);

    Entity source;
    source.id = doc.id;
    source.kind = EntityKind::Source;
    source.name = title;
    source.summary = QStringLiteral("The article \"%1\" (%2).").arg(title, origin);
    pack.entities.append(source);

    // The article's subject carries the infobox; its kind is unknown to a plain article, so it is a topic.
    Entity subject;
    subject.id = QStringLiteral("topic/") + slug(title);
    subject.kind = EntityKind::Topic;
    subject.name = title;
    subject.attributes = doc.infobox;
    for (const Attribute &a : doc.infobox)
        subject.citations += a.citations;
    if (const Section *lead = doc.section(u"lead")) {
        const QString firstPara = lead->text.section(QStringLiteral("\n\n"), 0, 0);
        const qsizetype stop = firstPara.indexOf(QLatin1String(". "));
        subject.summary = stop > 0 ? firstPara.left(stop + 1) : firstPara;
        if (!subject.summary.isEmpty())
            subject.citations.append(Citation { doc.id, QString(), subject.summary });
    }
    bool clash = false;
    for (const QString &name : seeAlso)
        clash |= QStringLiteral("topic/") + slug(name) == subject.id;
    if (!clash)
        pack.entities.append(subject);
    for (const QString &name : seeAlso) {
        Entity t;
        t.id = QStringLiteral("topic/") + slug(name);
        t.kind = EntityKind::Topic;
        t.name = name;
        t.summary = QStringLiteral("Listed under \"See also\" in %1.").arg(title);
        t.citations.append(Citation { doc.id, QStringLiteral("See also"), name });
        bool dup = false;
        for (const Entity &e : pack.entities)
            dup |= e.id == t.id;
        if (!dup)
            pack.entities.append(t);
    }
    return pack;
}

} // namespace tkb
