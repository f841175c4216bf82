#include "shell/translator.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>
#include <memory>

QString Translator::resolve(const QString &language)
{
    if (language == QStringLiteral("ko") || language == QStringLiteral("en")) {
        return language;
    }
    return QLocale::system().language() == QLocale::Korean ? QStringLiteral("ko") : QStringLiteral("en");
}

QString Translator::apply(const QString &language)
{
    static std::unique_ptr<QTranslator> installed;
    static QString installedLanguage;
    const QString lang = resolve(language);
    if (installed && lang == installedLanguage) {
        return lang; // already in place: starting up asks twice (before and after the database is open)
    }
    installedLanguage = lang;
    if (installed) {
        QCoreApplication::removeTranslator(installed.get());
        installed.reset();
    }
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(QStringLiteral(":/i18n/madang_%1.qm").arg(lang))) {
        QCoreApplication::installTranslator(translator.get());
        installed = std::move(translator);
    }
    QLocale::setDefault(QLocale(lang == QStringLiteral("ko") ? QLocale::Korean : QLocale::English,
                                lang == QStringLiteral("ko") ? QLocale::SouthKorea : QLocale::UnitedStates));
    return lang;
}
