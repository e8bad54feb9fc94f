// TEMPORARY minimal implementation so the rest of core builds; the search work replaces this file.
#include <core/search/searchindex.h>

#include <QSqlQuery>

namespace tkb {

bool SearchIndex::prepareConnection(QSqlDatabase &, QString *) { return true; }
QStringList SearchIndex::schemaStatements() { return {QStringLiteral("CREATE TABLE search_placeholder(x)")}; }
bool SearchIndex::rebuild(QSqlDatabase &, QString *) { return true; }
bool SearchIndex::integrityCheck(QSqlDatabase &, QStringList *) { return true; }
SearchIndex::SearchIndex(QSqlDatabase db) : m_db(db) {}
QList<SearchHit> SearchIndex::search(const SearchQuery &, QString *) const { return {}; }
QList<Suggestion> SearchIndex::suggest(const QString &, int) const { return {}; }
QStringList SearchIndex::didYouMean(const QString &, int) const { return {}; }

} // namespace tkb
