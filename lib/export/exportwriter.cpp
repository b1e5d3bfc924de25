#include "export/exportwriter.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace lede {

bool ExportWriter::writeFile(const ExportSelection &selection, const QString &path, QString *error) const
{
    QString reason;
    const QByteArray bytes = write(selection, &reason);
    if (bytes.isEmpty()) {
        *error = reason.isEmpty() ? QCoreApplication::translate("lede::Export", "nothing to write") : reason;
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QCoreApplication::translate("lede::Export", "cannot be written (%1)").arg(file.errorString());
        return false;
    }
    return true;
}

} // namespace lede
