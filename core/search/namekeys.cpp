// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/search/namekeys.h>
#include <core/search/textfolder.h>

#include <algorithm>

namespace tkb {

namespace {

void addKey(std::vector<NameKeys::Key> &keys, std::string key, int flags, int source)
{
    if (key.size() > NameKeys::maxKeyBytes)
        key.resize(NameKeys::maxKeyBytes);
    for (NameKeys::Key &k : keys) {
        if (k.key == key) {
            // One row per key: keep the best reason (whole name before surname, the name before an alias).
            if (std::pair(flags, source) < std::pair(k.flags, k.source)) {
                k.flags = flags;
                k.source = source;
            }
            return;
        }
    }
    keys.push_back({ std::move(key), flags, source });
}

void addLine(std::vector<NameKeys::Key> &keys, std::string_view line, int source)
{
    std::vector<std::string> folds, skeletons;
    std::size_t pos = 0;
    TextFolder::Span w;
    std::string folded;
    while (TextFolder::nextWord(line, pos, w) && folds.size() < 16) {
        TextFolder::foldWord(line.substr(w.begin, w.end - w.begin), folded);
        if (folded.empty())
            continue;
        folds.push_back(folded);
        skeletons.emplace_back();
        NameKeys::skeletonWord(folded, skeletons.back());
    }
    const std::size_t starts = std::min<std::size_t>(folds.size(), NameKeys::maxStartWords);
    for (std::size_t i = 0; i < starts; ++i) {
        std::string key, phonetic(1, TextFolder::skeletonMarker);
        for (std::size_t j = i; j < folds.size() && key.size() < NameKeys::maxKeyBytes; ++j) {
            if (j > i) {
                key += ' ';
                phonetic += ' ';
            }
            key += folds[j];
            phonetic += skeletons[j];
        }
        const int later = i > 0 ? NameKeys::laterWord : 0;
        addKey(keys, std::move(key), later, source);
        addKey(keys, std::move(phonetic), later | NameKeys::phonetic, source);
    }
}

} // namespace

std::vector<NameKeys::Key> NameKeys::build(std::string_view name, std::string_view aliasesText)
{
    std::vector<Key> keys;
    addLine(keys, name, -1);
    int source = 0;
    std::size_t start = 0;
    while (start <= aliasesText.size() && !aliasesText.empty()) {
        std::size_t end = aliasesText.find('\n', start);
        if (end == std::string_view::npos)
            end = aliasesText.size();
        addLine(keys, aliasesText.substr(start, end - start), source++);
        start = end + 1;
    }
    return keys;
}

void NameKeys::skeletonWord(const std::string &folded, std::string &out)
{
    TextFolder::skeleton(folded, out);
    if (out.empty())
        out = folded;
}

} // namespace tkb
