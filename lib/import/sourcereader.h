#pragma once

#include "analysis/analyzer.h"
#include "domain/article.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace lede {

class AnnotationPayload;

// One article read from a file, with the bytes it came from (kept for re-extraction) and, for
// JSON Lines that carry them, annotations to store instead of analysing.
struct SourceArticle
{
    Article article;
    QByteArray original;
    std::optional<AnalysisResult> givenAnalysis;
    QString origin; // "file.txt" or "file.jsonl:12", for messages
    // Annotations that came with the article (JSON bundles, Hypothesis exports); see
    // import/bundle/annotationpayload.h.
    std::shared_ptr<const AnnotationPayload> annotations = nullptr;
};

struct SourceError
{
    QString origin;
    QString reason;
};

struct SourceDocument
{
    QList<SourceArticle> articles;
    QList<SourceError> errors;
};

// Reads a file of any supported kind: plain text, HTML, JSON Lines, Lede JSON bundles, Hypothesis JSON.
class SourceReader
{
public:
    static constexpr qint64 kMaxFileSize = 64 * 1024 * 1024;

    static SourceDocument readFile(const QString &path);
    // Detects the format from the bytes (and the name's suffix) and reads them.
    static SourceDocument readBytes(const QByteArray &bytes, const QString &origin);
    // A saved feed's name (.rss, .atom, .rdf, .xml): read as a feed, refused when it is none.
    static bool isFeedName(const QString &origin);
    // The bytes as the article body exactly, for `analyze --raw`.
    static std::optional<Article> readRaw(const QByteArray &bytes, QString *error);

private:
    static SourceDocument readText(const QByteArray &bytes, const QString &origin);
    static SourceDocument readHtml(const QByteArray &bytes, const QString &origin);
    static SourceDocument readJsonLines(const QByteArray &bytes, const QString &origin);
};

} // namespace lede
