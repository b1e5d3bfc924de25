#pragma once

#include <QString>
#include <QTemporaryDir>
#include <memory>

class QSettings;
class QSqlDatabase;

namespace lede {

class Library;

namespace testsupport {

// The seed article, copied from tests/data/gui into dir; returns the copy's path.
QString copySeedArticle(const QTemporaryDir &dir);
// A library in dir with the seed article imported (and analysed); returns its id through articleId.
std::unique_ptr<Library> seededLibrary(const QTemporaryDir &dir, qint64 *articleId);
// Fills a library with count small articles in one transaction of plain INSERTs (no analysis,
// no full-text index): fast enough to build 100,000 in a test.
void addManyArticles(Library &library, int count);
// Forgets the entities that analysis suggested (and their mentions and attributions), so that
// entity tests start from what they create, whatever the analyser finds in the seed article.
void clearEntitySuggestions(Library &library);
// How many pages a PDF (as Qt writes them) has.
int pdfPageCount(const QByteArray &pdf);
// Settings in an INI file inside dir: tests never read or write the user's.
std::unique_ptr<QSettings> temporarySettings(const QTemporaryDir &dir);

} // namespace testsupport
} // namespace lede
