#pragma once

#include <QString>
#include <QStringList>

/// Command line of the madang executable.
struct AppOptions
{
    QString databasePath;                           ///< --db PATH, or the default under AppDataLocation
    QString secretsRoot;                            ///< --secrets DIR, or DeviceIdentity::defaultSecretsRoot()
    bool smoke = false;                             ///< --smoke: print startup JSON after the first frame and exit
    bool demo = false;                              ///< --demo: set up an empty database with demo data
    QString demoVertical = QStringLiteral("salon"); ///< --vertical for --demo
    QString language;                               ///< --lang ko|en: saved as the language setting
    QString error;                                  ///< set when the command line is unusable

    /// Parses arguments (argv[0] first). --version and --help are handled by the caller.
    static AppOptions parse(const QStringList &arguments);
    static QString defaultDatabasePath();
};
