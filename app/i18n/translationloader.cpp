#include "translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace lede::TranslationLoader {

QStringList availableLanguages()
{
    return {QStringLiteral("es"), QStringLiteral("fr"), QStringLiteral("de")};
}

QString pickLanguage(const QString &choice, const QStringList &uiLanguages)
{
    const QString english = QStringLiteral("en");
    if (!choice.isEmpty())
        return availableLanguages().contains(choice) ? choice : english;
    for (const QString &tag : uiLanguages) {
        // "de-AT", "de_DE.UTF-8", "C" and "POSIX" all come through here.
        const QString code = QLocale(tag).name().section(QLatin1Char('_'), 0, 0);
        if (code == english || code == QLatin1String("C"))
            return english;
        if (availableLanguages().contains(code))
            return code;
    }
    return english;
}

QString install(QCoreApplication *app, const QString &choice)
{
    const QString language = pickLanguage(choice, QLocale::system().uiLanguages());
    // A language chosen in the settings brings its dates and numbers too, unless the system's
    // locale already speaks it (then its regional variant, de_AT or fr_CA, stays).
    if (!choice.isEmpty() && QLocale::system().language() != QLocale(language).language())
        QLocale::setDefault(QLocale(language));
    // Owned by the application, so that they live as long as the strings they translate.
    if (language != QLatin1String("en")) {
        auto *qt = new QTranslator(app);
        if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }
    // English too: lede_en.qm holds the plural forms of the "%n article(s)" messages.
    auto *lede = new QTranslator(app);
    if (lede->load(QStringLiteral(":/i18n/lede_") + language + QStringLiteral(".qm")))
        QCoreApplication::installTranslator(lede);
    else
        delete lede;
    return language;
}

} // namespace lede::TranslationLoader
