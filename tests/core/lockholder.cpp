// lockholder hold|cycle DB: the other process of tst_databaselock.
//   hold   opens DB for writing, prints "locked" once it holds the lock, and keeps it until stdin closes.
//   cycle  opens and closes DB for writing, over and over, until it is killed: the victim of kill -9 while opening.
#include "storage/database.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>

using namespace madang;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3 || (args.at(1) != QLatin1String("hold") && args.at(1) != QLatin1String("cycle"))) {
        std::fprintf(stderr, "usage: lockholder hold|cycle DB\n");
        return 64;
    }
    if (args.at(1) == QLatin1String("cycle")) {
        for (;;) {
            auto db = Database::open(args.at(2));
            if (!db) {
                std::fprintf(stderr, "lockholder: %s\n", qPrintable(db.error().message));
                return 1;
            }
        }
    }
    auto db = Database::open(args.at(2));
    if (!db) {
        std::fprintf(stderr, "lockholder: %s\n", qPrintable(db.error().message));
        return 1;
    }
    std::printf("locked\n");
    std::fflush(stdout);
    QFile in;
    if (in.open(stdin, QIODevice::ReadOnly)) {
        while (!in.read(4096).isEmpty()) {
        }
    }
    return 0;
}
