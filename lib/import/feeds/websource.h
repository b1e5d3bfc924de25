#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace lede {

// What the feed importer asks of the network. The core library links no network module, so the
// application supplies the implementation (app/network); tests may supply their own.
struct WebRequest
{
    enum class Expect { Page, Feed, PageOrFeed };
    QUrl url;
    Expect expect = Expect::Page;
    // Validators from the last fetch: a server that has nothing new answers 304.
    QString etag;
    QString lastModified;
};

struct WebResponse
{
    enum class Status { Ok, NotModified, Failed };
    Status status = Status::Failed;
    QString error; // one line, when Failed
    QByteArray body; // decompressed
    QString contentType; // the Content-Type header, with its charset
    QUrl finalUrl; // after redirects
    QString etag;
    QString lastModified;
};

class WebSource
{
public:
    virtual ~WebSource() = default;
    // Blocks until the response is complete, failed or timed out.
    virtual WebResponse fetch(const WebRequest &request) = 0;
};

} // namespace lede
