#include "storage/librarybackup.h"

#include "storage/library.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <filesystem>
#include <system_error>

namespace lede {
namespace {

StorageError failure(const QString &destination, const QString &reason)
{
    return StorageError(StorageError::Kind::Failed, destination + QStringLiteral(": ") + reason);
}

} // namespace

void LibraryBackup::write(const QString &libraryPath, const QString &destination)
{
    const QFileInfo target(destination);
    if (target.exists() && target.canonicalFilePath() == QFileInfo(libraryPath).canonicalFilePath())
        throw failure(destination,
                      QCoreApplication::translate("lede::LibraryBackup", "a backup cannot replace the library itself"));
    if (target.isDir())
        throw failure(destination, QCoreApplication::translate("lede::LibraryBackup", "is a folder"));
    if (!target.absoluteDir().exists())
        throw failure(destination, QCoreApplication::translate("lede::LibraryBackup", "the folder does not exist"));

    const QString partial = target.absoluteFilePath() + QStringLiteral(".part");
    QFile::remove(partial); // VACUUM INTO refuses a file that exists: a leftover of a crash
    {
        Library library(libraryPath, Database::OpenMode::MustExist);
        QSqlQuery vacuum(library.connection());
        vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
        vacuum.addBindValue(partial);
        if (!vacuum.exec()) {
            QFile::remove(partial);
            throw failure(destination, vacuum.lastError().databaseText());
        }
    }
    // Replaces an older file of that name in one step (rename(2)).
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(partial).toStdString(),
                            QFile::encodeName(target.absoluteFilePath()).toStdString(), error);
    if (error) {
        QFile::remove(partial);
        throw failure(destination, QString::fromStdString(error.message()));
    }
}

} // namespace lede
