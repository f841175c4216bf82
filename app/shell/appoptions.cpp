#include "shell/appoptions.h"

#include "deviceidentity.h"
#include "merchant/merchant.h"

#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

AppOptions AppOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Database file."), QStringLiteral("PATH"));
    const QCommandLineOption smoke(
        QStringLiteral("smoke"),
        QStringLiteral("Print {\"startup_ms\",\"catalog_items\"} after the first frame and exit."));
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Set up an empty database with demo data."));
    const QCommandLineOption vertical(QStringLiteral("vertical"),
                                      QStringLiteral("Demo business: salon, restaurant or cleaning."),
                                      QStringLiteral("VERTICAL"), QStringLiteral("salon"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("Language: ko or en (remembered, like the choice in Settings)."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption secrets(
        QStringLiteral("secrets"),
        QStringLiteral("Folder of the device key and PIN pepper (default ~/.config/madang/secrets)."),
        QStringLiteral("DIR"));
    parser.addOptions({db, smoke, demo, vertical, lang, secrets});
    parser.addHelpOption();
    parser.addVersionOption();

    AppOptions options;
    if (!parser.parse(arguments)) {
        options.error = parser.errorText();
        return options;
    }
    if (!parser.positionalArguments().isEmpty()) {
        options.error = QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst());
        return options;
    }
    options.databasePath = parser.isSet(db) ? parser.value(db) : defaultDatabasePath();
    options.secretsRoot = parser.isSet(secrets) ? parser.value(secrets) : madang::DeviceIdentity::defaultSecretsRoot();
    options.smoke = parser.isSet(smoke);
    options.demo = parser.isSet(demo);
    options.demoVertical = parser.value(vertical);
    if (!madang::verticalFromString(options.demoVertical)) {
        options.error = QStringLiteral("--vertical must be salon, restaurant or cleaning");
    }
    options.language = parser.value(lang);
    if (!options.language.isEmpty() && options.language != QStringLiteral("ko") &&
        options.language != QStringLiteral("en")) {
        options.error = QStringLiteral("--lang must be ko or en");
    }
    return options;
}

QString AppOptions::defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("madang.db"));
}
