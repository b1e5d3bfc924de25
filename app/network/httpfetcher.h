#pragma once

#include "import/feeds/websource.h"
#include "network/fetchlimits.h"

#include <QNetworkAccessManager>
#include <atomic>
#include <functional>

namespace lede {

// Fetches pages and feeds over HTTP(S) with QNetworkAccessManager, within FetchLimits: a server
// that never answers, a redirect loop, a 50 MB page or a PDF where a page was expected each end
// in a one-line error. Responses are decompressed (gzip, deflate) by Qt; conditional requests
// (ETag, Last-Modified) turn a 304 into NotModified.
//
// fetch() blocks in a local event loop, so it belongs where no other event loop runs: lede-cli's
// commands, or a worker thread of the GUI (the object lives in the thread that uses it).
class HttpFetcher : public WebSource
{
public:
    explicit HttpFetcher(const FetchLimits &limits = {});

    WebResponse fetch(const WebRequest &request) override;

    // Checked every tenth of a second while a fetch runs.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    // Bytes received so far and the total when known (else -1).
    void setProgressHandler(std::function<void(qint64, qint64)> handler) { m_progress = std::move(handler); }

    static QString userAgent();

private:
    FetchLimits m_limits;
    QNetworkAccessManager m_network;
    const std::atomic_bool *m_cancel = nullptr;
    std::function<void(qint64, qint64)> m_progress;
};

} // namespace lede
