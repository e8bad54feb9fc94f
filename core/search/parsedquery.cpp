// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/search/namekeys.h>
#include <core/search/parsedquery.h>
#include <core/search/textfolder.h>
#include <core/search/wordstemmer.h>

#include <QStringList>

#include <algorithm>

namespace tkb {

namespace {

std::optional<EntityKind> kindFromFilter(const QString &value)
{
    const QString v = value.toLower();
    if (auto k = entityKindFromId(v))
        return k;
    // Plurals read naturally in a filter ("kind:people").
    static const QList<QPair<QString, EntityKind>> plurals = {
        { QStringLiteral("people"), EntityKind::Person },
        { QStringLiteral("persons"), EntityKind::Person },
        { QStringLiteral("organizations"), EntityKind::Organization },
        { QStringLiteral("organisation"), EntityKind::Organization },
        { QStringLiteral("organisations"), EntityKind::Organization },
        { QStringLiteral("places"), EntityKind::Place },
        { QStringLiteral("events"), EntityKind::Event },
        { QStringLiteral("goals"), EntityKind::Goal },
        { QStringLiteral("topics"), EntityKind::Topic },
        { QStringLiteral("sources"), EntityKind::Source },
    };
    for (const auto &[name, kind] : plurals) {
        if (v == name)
            return kind;
    }
    return std::nullopt;
}

// Folded words and skeletons hold letters and digits only; a quote is doubled all the same, as FTS5 wants.
void appendQuoted(std::string &out, std::string_view term, std::string_view marker = {})
{
    out += '"';
    out += marker;
    for (const char c : term) {
        out += c;
        if (c == '"')
            out += '"';
    }
    out += '"';
}

} // namespace

ParsedQuery ParsedQuery::parse(const QString &text, bool prefix)
{
    ParsedQuery q;
    q.m_prefix = prefix;
    // Pull out "kind:xxx" and the other filters' chunks; anything else (including a "kind:" that names no kind)
    // is searched as words.
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
        } else {
            used = q.m_filter.take(chunk);
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
        // Word forms: the stem in every language the word may be in (a query is too short to tell which),
        // and, where that stem is a word's own stem, that word itself, which the index holds by its spelling.
        std::string stem, again, stemFold;
        for (const WordStemmer::Language language : WordStemmer::queryLanguages(original)) {
            const bool changed = WordStemmer::stem(language, original, stem);
            if (!WordStemmer::findsForms(stem))
                continue;
            std::string term = WordStemmer::term(language, stem);
            if (std::find(word.stems.begin(), word.stems.end(), term) == word.stems.end())
                word.stems.push_back(std::move(term));
            if (changed && !WordStemmer::stem(language, stem, again)) {
                TextFolder::foldWord(stem, stemFold);
                if (!stemFold.empty() && stemFold != folded
                    && std::find(word.stemFolds.begin(), word.stemFolds.end(), stemFold) == word.stemFolds.end())
                    word.stemFolds.push_back(stemFold);
            }
        }
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

std::vector<std::vector<std::string>> ParsedQuery::termGroups() const
{
    // Each spelling and each sound a term of its own, so that a skeleton two completions share is read once.
    std::vector<std::vector<std::string>> groups;
    std::string skeleton;
    for (std::size_t i = 0; i < m_words.size(); ++i) {
        const Word &w = m_words[i];
        const bool prefix = m_prefix && i + 1 == m_words.size();
        if (prefix && w.fold.size() < minTextPrefixBytes)
            continue;
        std::vector<std::string> &group = groups.emplace_back();
        auto add = [&](std::string term) {
            if (std::find(group.begin(), group.end(), term) == group.end()) // named already: read once
                group.push_back(std::move(term));
        };
        auto addSound = [&](std::string_view sound) { add(TextFolder::skeletonMarker + std::string(sound)); };
        add(w.fold);
        if (!w.skeleton.empty())
            addSound(w.skeleton);
        for (const std::string &stem : w.stems)
            add(stem);
        for (const std::string &f : w.stemFolds)
            add(f);
        if (prefix) {
            for (const std::string &c : m_completions) {
                add(c);
                TextFolder::skeleton(c, skeleton);
                if (!skeleton.empty())
                    addSound(skeleton);
            }
            for (const std::string &c : m_skeletonCompletions)
                addSound(c);
        }
    }
    return groups;
}

std::string ParsedQuery::ftsExpression() const
{
    // An OR of plain terms per word (cheaper for FTS5 than a term with synonyms); a folded word is written as a
    // literal, which the tokenizer passes on unchanged, sounds and stems carry their own markers.
    const std::string_view literal(&TextFolder::literalMarker, 1);
    std::string expr;
    for (const std::vector<std::string> &group : termGroups()) {
        expr += expr.empty() ? "(" : " AND (";
        for (std::size_t t = 0; t < group.size(); ++t) {
            if (t > 0)
                expr += " OR ";
            const bool marked = group[t].front() == TextFolder::skeletonMarker || isStemTerm(group[t]);
            appendQuoted(expr, group[t], marked ? std::string_view() : literal);
        }
        expr += ')';
    }
    return expr;
}

bool ParsedQuery::isStemTerm(std::string_view term)
{
    return !term.empty() && term.front() == WordStemmer::stemMarker;
}

std::string ParsedQuery::restricted(
    const std::string &expression, std::string_view columns, std::optional<EntityKind> kind)
{
    if (expression.empty())
        return {};
    std::string expr = columns.empty() ? expression : "{" + std::string(columns) + "} : (" + expression + ")";
    if (kind) {
        expr = "(" + expr + ") AND kind : ";
        appendQuoted(expr, entityKindId(*kind).toStdString(), std::string_view(&TextFolder::literalMarker, 1));
    }
    return expr;
}

std::string ParsedQuery::quotedTerm(std::string_view word, char marker)
{
    std::string term;
    appendQuoted(term, word, std::string_view(&marker, 1));
    return term;
}

bool ParsedQuery::hasTermAmong(const std::vector<std::string> &words) const
{
    auto among = [&](std::string_view term) { return std::find(words.begin(), words.end(), term) != words.end(); };
    for (std::size_t i = 0; i < m_words.size(); ++i) {
        if (among(m_words[i].fold))
            return true;
    }
    if (lastWordNeedsCompletions())
        return std::any_of(m_completions.begin(), m_completions.end(), among);
    return false;
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

bool ParsedQuery::matchesStem(std::string_view term) const
{
    for (const Word &w : m_words) {
        if (std::find(w.stems.begin(), w.stems.end(), term) != w.stems.end())
            return true;
    }
    return false;
}

bool ParsedQuery::hasStems() const
{
    return std::any_of(m_words.begin(), m_words.end(), [](const Word &w) { return !w.stems.empty(); });
}

bool ParsedQuery::matches(std::string_view fold, std::string_view skeleton) const
{
    for (std::size_t i = 0; i < m_words.size(); ++i) {
        const Word &w = m_words[i];
        const bool star = m_prefix && i + 1 == m_words.size();
        if (fold == w.fold || (star && fold.starts_with(w.fold)))
            return true;
        if (std::find(w.stemFolds.begin(), w.stemFolds.end(), fold) != w.stemFolds.end())
            return true;
        if (w.skeleton.empty() || skeleton.empty())
            continue;
        if (skeleton == w.skeleton || (star && w.fold.size() >= minTextPrefixBytes && skeleton.starts_with(w.skeleton)))
            return true;
    }
    return false;
}

} // namespace tkb
