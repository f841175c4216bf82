#pragma once

#include "base/error.h"

#include <QString>

namespace madang {

/// Consistent copies of a live database through SQLite's online backup API.
class Backup
{
public:
    /// Copies source to destination (which must not exist) page by page; safe while another
    /// process writes. The copy is checked with quick_check before it is reported done.
    static Status copy(const QString &source, const QString &destination);
};

} // namespace madang
