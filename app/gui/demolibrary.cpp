#include "demolibrary.h"

#include "import/importer.h"
#include "import/sourcereader.h"
#include "storage/library.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace lede {

QString DemoLibrary::path()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo.lede");
}

QString DemoLibrary::ensure()
{
    const QString file = path();
    QDir().mkpath(QFileInfo(file).absolutePath());
    Library library(file);
    if (library.articles().count() + library.articles().count(true) == 0) {
        QFile seed(QStringLiteral(":/demo/santa-monica-sanctuary-policy.txt"));
        seed.open(QIODevice::ReadOnly);
        Importer(library).importDocument(
            SourceReader::readBytes(seed.readAll(), QStringLiteral("santa-monica-sanctuary-policy.txt")));
    }
    return file;
}

} // namespace lede
