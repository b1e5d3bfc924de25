#pragma once

#include <QDateTime>
#include <QString>

namespace lede {

// An article as the library keeps it. The body is the text of the current version; annotations
// point at the version they were made on (versionId), so later edits can be re-anchored.
struct Article
{
    qint64 id = 0;
    qint64 versionId = 0;
    QString title;
    QString byline;
    QString site;
    QString url;
    QString published; // ISO 8601 with the precision known: "2025-02-18" or "2025-02-18T09:30"
    QString language; // BCP 47, e.g. "en"
    QString dateline; // the place line that opened the story, e.g. "WASHINGTON (AP)"
    QString body; // paragraphs separated by one blank line
    QString sourceFormat = QStringLiteral("text");
    QString contentHash; // SHA-256 of the body, hex
    QDateTime imported;
    QDateTime updated;
};

} // namespace lede
