#pragma once

#include <QDateTime>
#include <QString>

namespace lede {

// What the person exporting says about the export, shared by every writer.
struct ExportOptions
{
    QString author; // the organisation or person publishing (ClaimReview author, annotation creator)
    QString url; // where the export will be published (ClaimReview url, annotation collection id)
    bool byteOrderMark = false; // CSV: start with a UTF-8 BOM, for spreadsheets that guess the encoding
    QDateTime exported = QDateTime::currentDateTimeUtc();
};

} // namespace lede
