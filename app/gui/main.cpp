// lede: the desktop application. `lede [--library PATH] [--demo] [--screenshot FILE] [--benchmark-startup] [FILE...]`
#include "demolibrary.h"
#include "i18n/translationloader.h"
#include "launcharguments.h"
#include "mainwindow/mainwindow.h"
#include "settings/appsettings.h"
#include "singleinstance.h"

#include "storage/library.h"
#include "storage/storageerror.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <unistd.h>

using namespace lede;

namespace {

// Milliseconds since the kernel started this process (Linux), so that loading the program and
// its libraries counts too; otherwise since main() began.
qint64 msSinceProcessStart(const QElapsedTimer &sinceMain)
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    timespec now {};
    if (stat.open(QIODevice::ReadOnly) && clock_gettime(CLOCK_BOOTTIME, &now) == 0) {
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        // Field 22 of stat is the start time in clock ticks; it is the 20th after the command name.
        if (fields.size() > 19) {
            const double startSeconds = fields.at(19).toDouble() / double(sysconf(_SC_CLK_TCK));
            const double nowSeconds = double(now.tv_sec) + double(now.tv_nsec) / 1e9;
            return qint64((nowSeconds - startSeconds) * 1000.0);
        }
    }
    return sinceMain.elapsed();
}

// Reports once the article list has painted its rows, then quits.
class FirstPaintProbe : public QObject
{
public:
    FirstPaintProbe(QWidget *target, QElapsedTimer sinceMain)
        : m_sinceMain(sinceMain)
    {
        target->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, this, [this] {
                std::printf("startup to first paint: %lld ms (since main: %lld ms)\n",
                            static_cast<long long>(msSinceProcessStart(m_sinceMain)),
                            static_cast<long long>(m_sinceMain.elapsed()));
                std::fflush(stdout);
                QApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer m_sinceMain;
    bool m_done = false;
};

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    // --help and --version only print: they must work without a screen (in a terminal over ssh,
    // when building packages), where Qt would otherwise abort for want of a display.
    const bool onlyPrints = std::any_of(argv + 1, argv + argc, [](const char *a) {
        return qstrcmp(a, "--help") == 0 || qstrcmp(a, "-h") == 0 || qstrcmp(a, "--version") == 0
            || qstrcmp(a, "-v") == 0;
    });
    if (onlyPrints && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("lede"));
    QApplication::setApplicationDisplayName(QStringLiteral("Lede"));
    QApplication::setApplicationVersion(QStringLiteral(LEDE_VERSION));

    // ~/.config/lede/lede.conf; no organisation name, so the data location stays ~/.local/share/lede.
    QSettings settings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("lede"), QStringLiteral("lede"));
    AppSettings appSettings(&settings);
    // Before the first translated string: the command line's help and every widget.
    TranslationLoader::install(&app, appSettings.language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Browse and annotate news coverage."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption library(
        QStringLiteral("library"), QApplication::translate("main", "Open this library file."), QStringLiteral("PATH"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Open the demo library (created on first use)."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"), QApplication::translate("main", "Save a picture of the window to FILE and quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption benchmark(
        QStringLiteral("benchmark-startup"),
        QApplication::translate("main", "Print the time from start to the first painted article list, and quit."));
    parser.addOptions({library, demo, screenshot, benchmark});
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QApplication::translate("main", "Articles to import, a library file to open, or a lede://article/ID link."),
        QStringLiteral("[FILE|URL...]"));
    parser.process(app);

    const LaunchArguments launch = LaunchArguments::classify(parser.positionalArguments());
    std::unique_ptr<Library> opened;
    std::unique_ptr<SingleInstance> instance;
    // Probes measure or picture this process: they never hand over to another.
    const bool probing = parser.isSet(screenshot) || parser.isSet(benchmark);
    try {
        QString path = parser.isSet(library) ? parser.value(library) : launch.library;
        if (parser.isSet(demo)) {
            path = DemoLibrary::ensure();
        } else if (path.isEmpty()) {
            const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
            QDir().mkpath(dir);
            path = dir + QStringLiteral("/library.lede");
        }
        if (!probing) {
            instance = std::make_unique<SingleInstance>(path);
            if (instance->forward(SingleInstance::portable(parser.positionalArguments())))
                return 0;
        }
        opened = std::make_unique<Library>(path);
    } catch (const StorageError &e) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Lede"),
                              QApplication::translate("main", "The library cannot be opened: %1").arg(e.message()));
        return 2;
    }

    MainWindow window(std::move(opened), &appSettings);
    std::unique_ptr<FirstPaintProbe> probe;
    if (parser.isSet(benchmark))
        probe = std::make_unique<FirstPaintProbe>(window.articleView()->viewport(), sinceMain);
    window.show();
    window.openArguments(parser.positionalArguments());
    if (!parser.isSet(screenshot) && !parser.isSet(benchmark))
        window.startAutomaticBackups();
    if (instance && instance->listen()) {
        QObject::connect(instance.get(), &SingleInstance::argumentsReceived, &window, &MainWindow::openArguments);
        QObject::connect(&window, &MainWindow::libraryChanged, instance.get(), &SingleInstance::setLibraryPath);
    }
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        const auto shoot = [&window, file] {
            QTimer::singleShot(300, &window, [&window, file] {
                window.grab().save(file);
                QApplication::quit();
            });
        };
        if (parser.positionalArguments().isEmpty())
            shoot();
        else
            QObject::connect(&window, &MainWindow::importFinished, &window, shoot);
    }
    return app.exec();
}
