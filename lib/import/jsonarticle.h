#pragma once

#include "import/sourcereader.h"

#include <QByteArray>
#include <QJsonObject>
#include <optional>

namespace lede {

// One article object as `lede-cli analyze` prints it, read back: metadata, body, and the quotes
// and entities when present (stored as given rather than analysed again).
class JsonArticle
{
public:
    static std::optional<SourceArticle> read(const QByteArray &json, QString *error);
    static std::optional<SourceArticle> fromObject(const QJsonObject &object, QString *error);
};

} // namespace lede
