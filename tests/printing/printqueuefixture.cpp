#include "printqueuefixture.h"

#include "testsupport.h"

namespace madang::test {

PrintQueueFixture::PrintQueueFixture()
{
    reopen();
}

PrintQueueFixture::~PrintQueueFixture()
{
    queue.reset();
    db.reset();
}

void PrintQueueFixture::reopen()
{
    queue.reset();
    db.reset();
    auto opened = Database::open(dir.filePath(QStringLiteral("madang.db")));
    if (!opened) {
        openError = opened.error().message;
        return;
    }
    db = std::move(opened).value();
    queue = std::make_unique<PrintQueue>(*db, clock, ids);
}

QString PrintQueueFixture::addPrinter(const QString &name, const QString &fallback, const QString &address)
{
    PrinterConfig p;
    p.name = name;
    p.kind = QStringLiteral("tcp");
    p.address = address.isEmpty() ? QStringLiteral("10.0.0.9") : address;
    p.widthMm = 80;
    p.fallbackId = fallback;
    auto id = queue->addPrinter(p);
    if (!id) {
        qWarning("%s", describe(id).constData());
        return {};
    }
    return id.value();
}

QString PrintQueueFixture::enqueue(const QString &printer, const QByteArray &payload)
{
    auto id = queue->enqueue(printer, QStringLiteral("receipt"), QStringLiteral("T1-000042"), payload);
    return id ? id.value() : QString();
}

} // namespace madang::test
