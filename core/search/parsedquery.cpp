#include <core/search/parsedquery.h>

#include <core/search/namekeys.h>
#include <core/search/textfolder.h>

#include <QStringList>

namespace tkb {

namespace {

std::optional<EntityKind> kindFromFilter(const QString &value)
{
    const QString v = value.toLower();
    if (auto k = entityKindFromId(v))
        return k;
    // Plurals read naturally in a filter ("kind:people").
    static const QList<QPair<QString, EntityKind>> plurals = {
        {QStringLiteral("people"), EntityKind::Person},       {QStringLiteral("persons"), EntityKind::Person},
        {QStringLiteral("organizations"), EntityKind::Organization}, {QStringLiteral("organisation"), EntityKind::Organization},
        {QStringLiteral("organisations"), EntityKind::Organization}, {QStringLiteral("places"), EntityKind::Place},
        {QStringLiteral("events"), EntityKind::Event},        {QStringLiteral("goals"), EntityKind::Goal},
        {QStringLiteral("topics"), EntityKind::Topic},        {QStringLiteral("sources"), EntityKind::Source},
    };
    for (const auto &[name, kind] : plurals) {
        if (v == name)
            return kind;
    }
    return std::nullopt;
}

QString quoted(const std::string &term)
{
    QString s = QString::fromUtf8(term.data(), qsizetype(term.size()));
    s.replace(u'"', QStringLiteral("\"\"")); // folded words never hold one; cheap insurance all the same
    return u'"' + s + u'"';
}

} // namespace

ParsedQuery ParsedQuery::parse(const QString &text, bool prefix)
{
    ParsedQuery q;
    q.m_prefix = prefix;
    // Pull out "kind:xxx" chunks; anything else (including a "kind:" that names no kind) is searched as words.
    QString rest;
    rest.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype j = i;
        while (j < text.size() && !text.at(j).isSpace())
            ++j;
        const QStringView chunk = QStringView(text).mid(i, j - i);
        bool used = false;
        if (chunk.startsWith(QLatin1String("kind:"), Qt::CaseInsensitive)) {
            if (auto k = kindFromFilter(chunk.mid(5).toString())) {
                q.m_kind = k;
                used = true;
            }
        }
        if (!used)
            rest += chunk;
        while (j < text.size() && text.at(j).isSpace())
            ++j;
        if (!used && j > i + chunk.size())
            rest += u' ';
        i = j;
    }
    // A prefix is still being typed only if nothing follows it: "Hummatov " is a finished word ("Humm*" is not).
    if (!text.isEmpty() && !text.back().isLetterOrNumber() && !text.back().isMark() && text.back() != u'*')
        q.m_prefix = false;

    const QByteArray utf8 = rest.toUtf8();
    const std::string_view s(utf8.constData(), std::size_t(utf8.size()));
    std::size_t pos = 0;
    TextFolder::Span w;
    std::string folded;
    while (TextFolder::nextWord(s, pos, w) && int(q.m_words.size()) < maxWords) {
        const std::string_view original = s.substr(w.begin, w.end - w.begin);
        TextFolder::foldWord(original, folded);
        if (folded.empty())
            continue;
        bool duplicate = false;
        for (const Word &other : q.m_words)
            duplicate = duplicate || other.fold == folded;
        if (duplicate)
            continue; // a repeated word adds nothing but work
        Word word;
        word.original = QString::fromUtf8(original.data(), qsizetype(original.size()));
        word.fold = folded;
        TextFolder::skeleton(folded, word.skeleton);
        q.m_words.push_back(std::move(word));
    }
    return q;
}

bool ParsedQuery::lastWordReachesText() const
{
    return !m_words.empty() && (!m_prefix || m_words.back().fold.size() >= minTextPrefixBytes);
}

bool ParsedQuery::lastWordNeedsCompletions() const
{
    return m_prefix && !m_words.empty() && m_words.back().fold.size() >= minTextPrefixBytes;
}

QString ParsedQuery::ftsExpression(const QString &columns, std::optional<EntityKind> kind) const
{
    QStringList groups;
    for (std::size_t i = 0; i < m_words.size(); ++i) {
        const Word &w = m_words[i];
        const bool prefix = m_prefix && i + 1 == m_words.size();
        if (prefix && w.fold.size() < minTextPrefixBytes)
            continue;
        QStringList terms{quoted(w.fold)};
        if (!w.skeleton.empty())
            terms << quoted(TextFolder::skeletonMarker + w.skeleton);
        if (prefix) {
            std::string skeleton;
            for (const std::string &c : m_completions) {
                terms << quoted(c);
                TextFolder::skeleton(c, skeleton);
                if (!skeleton.empty())
                    terms << quoted(TextFolder::skeletonMarker + skeleton);
            }
            for (const std::string &c : m_skeletonCompletions)
                terms << quoted(TextFolder::skeletonMarker + c);
            terms.removeDuplicates();
        }
        groups << u'(' + terms.join(QStringLiteral(" OR ")) + u')';
    }
    if (groups.isEmpty())
        return {};
    QString expr = u'{' + columns + QStringLiteral("} : (") + groups.join(QStringLiteral(" AND ")) + u')';
    if (kind)
        expr = u'(' + expr + QStringLiteral(") AND kind : ") + quoted(entityKindId(*kind).toStdString());
    return expr;
}

std::string ParsedQuery::nameKey() const
{
    std::string key;
    for (const Word &w : m_words) {
        if (!key.empty())
            key += ' ';
        key += w.fold;
    }
    return key;
}

std::string ParsedQuery::phoneticKey() const
{
    std::string key(1, TextFolder::skeletonMarker), word;
    for (std::size_t i = 0; i < m_words.size(); ++i) {
        if (i > 0)
            key += ' ';
        NameKeys::skeletonWord(m_words[i].fold, word);
        key += word;
    }
    return key;
}

bool ParsedQuery::matches(std::string_view fold, std::string_view skeleton) const
{
    for (std::size_t i = 0; i < m_words.size(); ++i) {
        const Word &w = m_words[i];
        const bool star = m_prefix && i + 1 == m_words.size();
        if (fold == w.fold || (star && fold.starts_with(w.fold)))
            return true;
        if (w.skeleton.empty() || skeleton.empty())
            continue;
        if (skeleton == w.skeleton || (star && w.fold.size() >= minTextPrefixBytes && skeleton.starts_with(w.skeleton)))
            return true;
    }
    return false;
}

} // namespace tkb
