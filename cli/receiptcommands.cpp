// madangctl receipt pdf|png|escpos: a copy of a stored receipt, journaled as a reprint (DUPLICATE).
#include "clistore.h"
#include "commands.h"
#include "deviceidentity.h"
#include "escposrenderer.h"
#include "pdfrenderer.h"
#include "receiptbuilder.h"
#include "sales/saleservice.h"
#include "workflows/store.h"

#include <QBuffer>
#include <QImage>
#include <QSaveFile>

using namespace madang;

int runReceipt(const CliContext &ctx)
{
    const QString format = ctx.args.word(1);
    const QString receipt = ctx.args.option(QStringLiteral("receipt"));
    const QString out = ctx.args.option(QStringLiteral("out"));
    const QString width = ctx.args.option(QStringLiteral("width"), QStringLiteral("80"));
    const QString lang = ctx.args.option(QStringLiteral("lang"), QStringLiteral("ko"));
    if (const QStringList bad =
            ctx.args.unknown({QStringLiteral("db"), QStringLiteral("secrets"), QStringLiteral("receipt"),
                              QStringLiteral("out"), QStringLiteral("width"), QStringLiteral("lang")});
        !bad.isEmpty() || receipt.isEmpty() || out.isEmpty() ||
        (format != QLatin1String("pdf") && format != QLatin1String("png") && format != QLatin1String("escpos")) ||
        (width != QLatin1String("58") && width != QLatin1String("80")) ||
        (lang != QLatin1String("ko") && lang != QLatin1String("en"))) {
        return failed(ctx,
                      QStringLiteral("receipt needs pdf|png|escpos --receipt T1-000001 --out FILE "
                                     "[--width 58|80] [--lang ko|en]"),
                      ExitUsage);
    }
    if (const QString why = outputProblem(ctx, out); !why.isEmpty()) {
        return failed(ctx, QStringLiteral("cannot write %1: %2").arg(out, why), ExitBadInput);
    }
    auto opened = openLedgerStore(ctx);
    if (!opened) {
        return ExitFailed;
    }
    Store &s = *opened->store;
    auto found = s.orders().findByReceipt(receipt);
    if (!found || !found.value()) {
        return found ? failed(ctx, QStringLiteral("there is no receipt %1").arg(receipt), ExitBadInput)
                     : failed(ctx, found.error().message);
    }
    auto doc = receiptFor(s, receipt, true, lang);
    if (!doc) {
        return failed(ctx, doc.error().message);
    }
    QByteArray bytes;
    if (format == QLatin1String("escpos")) {
        auto rendered = EscPosRenderer(width.toInt()).render(doc.value());
        if (!rendered) {
            return failed(ctx, rendered.error().message);
        }
        bytes = rendered.value();
    } else {
        PdfRenderer::Options options;
        options.widthMm = width.toInt();
        if (format == QLatin1String("pdf")) {
            auto rendered = PdfRenderer::render(doc.value(), options);
            if (!rendered) {
                return failed(ctx, rendered.error().message);
            }
            bytes = rendered.value();
        } else {
            auto image = PdfRenderer::renderToImage(doc.value(), options);
            if (!image) {
                return failed(ctx, image.error().message);
            }
            QBuffer png(&bytes);
            if (!png.open(QIODevice::WriteOnly) || !image.value().save(&png, "PNG")) {
                return failed(ctx, QStringLiteral("cannot draw the receipt as PNG"));
            }
        }
    }
    // The copy is written whole before the reprint is journaled: a copy that could not be written is no reprint.
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly)) {
        return failed(ctx, QStringLiteral("cannot write %1: %2").arg(out, file.errorString()), ExitBadInput);
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        return failed(ctx, QStringLiteral("cannot write %1: %2; no copy was made").arg(out, file.errorString()));
    }
    // Every copy after the first is a reprint, and every reprint is journaled.
    auto reprint = s.sales().reprint(found.value()->id, {{}, QStringLiteral("madangctl"), {}, {}}, *opened->device);
    if (!reprint) {
        return failed(ctx, reprint.error().message);
    }
    ctx.out << "receipt " << receipt << " (DUPLICATE) written to " << out << "; journal entry " << reprint->seq
            << Qt::endl;
    return ExitOk;
}
