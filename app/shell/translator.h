#pragma once

#include <QString>

/// Installs the app's Korean or English translation. "system" follows the system locale
/// (Korean for ko_*, English otherwise). Returns the language actually used: "ko" or "en".
class Translator
{
public:
    static QString apply(const QString &language);
    static QString resolve(const QString &language);
};
