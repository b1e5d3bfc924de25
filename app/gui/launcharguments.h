#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace lede {

// What `lede ARG...` was given: the desktop file passes URLs (%U), so an argument can be a
// lede:// link from an export, a library file to open, or files to import (paths or file:// URLs).
struct LaunchArguments
{
    struct ArticleLink
    {
        qint64 articleId = 0;
        int start = -1; // code points; -1 when the link names no passage
        int end = -1;
    };

    QString library; // a .lede file (or any Lede library) to open
    std::optional<ArticleLink> link; // lede://article/ID?start=S&end=E
    QStringList imports;

    static LaunchArguments classify(const QStringList &arguments);
    static std::optional<ArticleLink> parseLink(const QString &url);
};

} // namespace lede
