// lede: the desktop application. `lede [--library PATH] [--demo] [FILE...]`
#include "demolibrary.h"
#include "mainwindow.h"

#include "import/importer.h"
#include "storage/library.h"
#include "storage/storageerror.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>

using namespace lede;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("lede"));
    QApplication::setApplicationDisplayName(QStringLiteral("Lede"));
    QApplication::setApplicationVersion(QStringLiteral(LEDE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Browse and annotate news coverage."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption library(QStringLiteral("library"), QApplication::translate("main", "Open this library file."),
                                     QStringLiteral("PATH"));
    const QCommandLineOption demo(QStringLiteral("demo"), QApplication::translate("main", "Open the demo library (created on first use)."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Save a picture of the window to FILE and quit."),
                                        QStringLiteral("FILE"));
    parser.addOption(library);
    parser.addOption(demo);
    parser.addOption(screenshot);
    parser.addPositionalArgument(QStringLiteral("FILE"), QApplication::translate("main", "Articles to import."), QStringLiteral("[FILE...]"));
    parser.process(app);

    std::unique_ptr<Library> opened;
    try {
        QString path = parser.value(library);
        if (parser.isSet(demo)) {
            path = DemoLibrary::ensure();
        } else if (path.isEmpty()) {
            const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
            QDir().mkpath(dir);
            path = dir + QStringLiteral("/library.lede");
        }
        opened = std::make_unique<Library>(path);
        if (!parser.positionalArguments().isEmpty())
            Importer(*opened).importPaths(parser.positionalArguments());
    } catch (const StorageError &e) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Lede"),
                              QApplication::translate("main", "The library cannot be opened: %1").arg(e.message()));
        return 2;
    }

    MainWindow window(std::move(opened));
    window.show();
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QTimer::singleShot(300, &window, [&window, file] {
            window.grab().save(file);
            QApplication::quit();
        });
    }
    return app.exec();
}
