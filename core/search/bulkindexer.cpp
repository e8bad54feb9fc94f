// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/search/bulkindexer.h>
#include <core/search/namekeys.h>
#include <core/search/sqlstatement_p.h>
#include <core/search/vocabulary.h>

#include <algorithm>
#include <sqlite3.h>
#include <thread>
#include <unordered_map>
#include <vector>

namespace tkb {

namespace {

// A key lives in one shared arena: eight million small strings would cost more in allocation than in sorting.
struct KeyRef
{
    std::uint64_t offset;
    std::uint16_t length;
    std::uint8_t kind;
    std::uint8_t flags;
    std::int32_t source;
    sqlite3_int64 entity;
};

struct WordCount
{
    std::string skeleton;
    std::string display;
    sqlite3_int64 count = 0;
};

// Inserts count rows, many per statement: the virtual machine's per-statement work is then shared by all
// of them, which halves the cost of writing millions of small rows.
template <typename Bind>
bool insertRows(sqlite3 *db, const char *head, const char *tail, int columns, std::size_t count, Bind &&bind)
{
    constexpr std::size_t rowsPerInsert = 64;
    auto sql = [&](std::size_t rows) {
        std::string values = "(?";
        for (int c = 1; c < columns; ++c)
            values += ",?";
        values += ')';
        std::string s = head;
        for (std::size_t i = 0; i < rows; ++i)
            s += (i ? "," : "") + values;
        return s + tail;
    };
    SqlStatement full(db, sql(rowsPerInsert).c_str());
    if (!full.isValid())
        return false;
    for (std::size_t first = 0; first < count; first += rowsPerInsert) {
        const std::size_t rows = std::min(rowsPerInsert, count - first);
        std::unique_ptr<SqlStatement> last;
        if (rows < rowsPerInsert) {
            last = std::make_unique<SqlStatement>(db, sql(rows).c_str());
            if (!last->isValid())
                return false;
        }
        SqlStatement &insert = last ? *last : full;
        for (std::size_t r = 0; r < rows; ++r)
            bind(insert, int(r) * columns, first + r);
        insert.next();
        if (insert.failed())
            return false;
        insert.reset();
    }
    return true;
}

} // namespace

struct BulkIndexer::Work
{
    sqlite3 *db = nullptr;
    QString readError;

    // Input, read on the caller's thread (SQLite connections are not to be shared).
    struct Row
    {
        sqlite3_int64 rowid;
        std::uint8_t kind;
        std::size_t name, nameLength, aliases, aliasesLength; // into text
    };
    std::string text;
    std::vector<Row> rows;
    std::vector<std::string> sectionTexts;
    std::vector<std::string> kinds; // index -> kind id, in id order once computed

    // Output, computed on the worker thread.
    std::string arena;
    std::vector<KeyRef> keys;
    std::unordered_map<std::string, WordCount> words;
    std::thread worker;

    std::string_view key(const KeyRef &k) const { return std::string_view(arena).substr(k.offset, k.length); }

    void read(const char *entitySql, const char *sectionSql)
    {
        SqlStatement entities(db, entitySql);
        while (entities.next()) {
            const std::string_view kind = entities.text(1), name = entities.text(2), aliases = entities.text(3);
            std::uint8_t k = 0;
            while (k < kinds.size() && kinds[k] != kind)
                ++k;
            if (k == kinds.size())
                kinds.emplace_back(kind);
            rows.push_back(
                { entities.int64(0), k, text.size(), name.size(), text.size() + name.size(), aliases.size() });
            text += name;
            text += aliases;
        }
        if (entities.failed() || !entities.isValid())
            readError = entities.errorText();
        SqlStatement sections(db, sectionSql);
        while (sections.next())
            sectionTexts.emplace_back(sections.text(0));
        if (readError.isEmpty() && (sections.failed() || !sections.isValid()))
            readError = sections.errorText();
    }

    void compute()
    {
        std::string line;
        for (const Row &r : rows) {
            const std::string_view name = std::string_view(text).substr(r.name, r.nameLength);
            const std::string_view aliases = std::string_view(text).substr(r.aliases, r.aliasesLength);
            for (const NameKeys::Key &k : NameKeys::build(name, aliases)) {
                keys.push_back(
                    { arena.size(), std::uint16_t(k.key.size()), r.kind, std::uint8_t(k.flags), k.source, r.rowid });
                arena += k.key;
            }
            line.assign(name);
            line += '\n';
            line.append(aliases);
            countWords(line);
        }
        for (const std::string &s : sectionTexts)
            countWords(s);
        // In key order the B-tree grows at a moving cursor instead of splitting pages all over the file.
        std::vector<std::uint8_t> kindRank(kinds.size());
        for (std::size_t i = 0; i < kinds.size(); ++i)
            kindRank[i] = std::uint8_t(
                std::count_if(kinds.begin(), kinds.end(), [&](const std::string &k) { return k < kinds[i]; }));
        std::sort(keys.begin(), keys.end(), [&](const KeyRef &a, const KeyRef &b) {
            if (a.kind != b.kind)
                return kindRank[a.kind] < kindRank[b.kind];
            if (int c = key(a).compare(key(b)))
                return c < 0;
            return a.entity < b.entity;
        });
    }

    void countWords(std::string_view s)
    {
        for (const Vocabulary::Word &w : Vocabulary::words(s)) {
            WordCount &c = words[w.fold];
            if (c.count++ == 0) {
                c.skeleton = w.skeleton;
                c.display = std::string(w.original);
            }
        }
    }

    bool write(QString *error)
    {
        auto fail = [&] {
            if (error)
                *error = QString::fromUtf8(sqlite3_errmsg(db));
            return false;
        };
        // Into an empty table (a first or full indexing) the keys cannot conflict: NameKeys::build gives an entity
        // each key once, and each entity is read once. A plain INSERT skips the look-up OR IGNORE makes per row.
        SqlStatement empty(db, "SELECT NOT EXISTS (SELECT 1 FROM search_name)");
        const bool fresh = empty.next() && empty.int64(0) == 1;
        empty.reset();
        if (!insertRows(db,
                fresh ? "INSERT INTO search_name(kind, key, entity, flags, src) VALUES"
                      : "INSERT OR IGNORE INTO search_name(kind, key, entity, flags, src) VALUES",
                "", 5, keys.size(), [&](SqlStatement &insert, int base, std::size_t i) {
                    const KeyRef &k = keys[i];
                    insert.bind(base + 1, kinds[k.kind]);
                    insert.bind(base + 2, key(k));
                    insert.bind(base + 3, std::int64_t(k.entity));
                    insert.bind(base + 4, std::int64_t(k.flags));
                    insert.bind(base + 5, std::int64_t(k.source));
                }))
            return fail();
        std::vector<std::pair<const std::string *, const WordCount *>> sorted;
        sorted.reserve(words.size());
        for (const auto &[word, count] : words)
            sorted.emplace_back(&word, &count);
        std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return *a.first < *b.first; });
        if (!insertRows(db, "INSERT INTO search_word(word, skel, display, n) VALUES",
                " ON CONFLICT(word) DO UPDATE SET n=n+excluded.n", 4, sorted.size(),
                [&](SqlStatement &upsert, int base, std::size_t i) {
                    const auto &[word, count] = sorted[i];
                    upsert.bind(base + 1, *word);
                    upsert.bind(base + 2, count->skeleton);
                    upsert.bind(base + 3, count->display);
                    upsert.bind(base + 4, std::int64_t(count->count));
                }))
            return fail();
        return true;
    }
};

BulkIndexer::BulkIndexer(sqlite3 *db, const char *entitySql, const char *sectionSql)
    : m_work(std::make_unique<Work>())
{
    m_work->db = db;
    m_work->read(entitySql, sectionSql);
    // The second core computes while the first one builds the FTS5 index in the caller.
    m_work->worker = std::thread([w = m_work.get()] { w->compute(); });
}

BulkIndexer::~BulkIndexer()
{
    if (m_work->worker.joinable())
        m_work->worker.join();
}

bool BulkIndexer::finish(QString *error)
{
    if (m_work->worker.joinable())
        m_work->worker.join();
    if (!m_work->readError.isEmpty()) {
        if (error)
            *error = m_work->readError;
        return false;
    }
    return m_work->write(error);
}

} // namespace tkb
