#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace lede {

// Installs Lede's translation (embedded as :/i18n/lede_LANG.qm) and Qt's own (qtbase_LANG.qm,
// when the system has it) for the GUI and lede-cli. Qt Core only, so both can use it.
namespace TranslationLoader {

// The languages Lede is translated into, besides English (the source language).
QStringList availableLanguages();

// The language to show, from a choice ("en", "de", …) or, when the choice is empty, from the
// user's UI languages in order of preference (LANGUAGE, LC_ALL, LC_MESSAGES, LANG): the first
// that is English or translated wins, so "en_GB:de" stays English. Returns "en" when none fits.
QString pickLanguage(const QString &choice, const QStringList &uiLanguages);

// Picks the language (see pickLanguage, with the system's UI languages) and installs its
// translators on the application. Call before creating any widget. Returns the language used.
QString install(QCoreApplication *app, const QString &choice = QString());

} // namespace TranslationLoader
} // namespace lede
