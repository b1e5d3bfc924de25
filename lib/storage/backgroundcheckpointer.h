#pragma once

#include <QSqlDatabase>
#include <QString>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace lede {

// Copies a library's write-ahead log into the library file from a thread and connection of its own
// while a bulk write goes on. SQLite otherwise does it in the writer's commit every 1,000 pages, and
// in a bulk import the writer is what everything waits for: an import of 3,360 articles spent
// 0.15 s of its writer's time there. While it exists, the writer's automatic checkpoints are off;
// request() after each commit. A checkpoint that cannot run (busy, or any failure) is skipped:
// the log stays valid and the next checkpoint, or the last connection to close, copies it.
class BackgroundCheckpointer
{
public:
    // writer: the connection whose automatic checkpoints this takes over; nothing happens for an
    // in-memory library.
    explicit BackgroundCheckpointer(const QSqlDatabase &writer);
    ~BackgroundCheckpointer(); // serves the last request, then gives automatic checkpoints back
    BackgroundCheckpointer(const BackgroundCheckpointer &) = delete;
    BackgroundCheckpointer &operator=(const BackgroundCheckpointer &) = delete;

    void request();

private:
    void run(const QString &path);

    QSqlDatabase m_writer;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_requested = false;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace lede
