#include "printing/salereceipt.h"

#include "sales/saleservice.h"
#include "shell/appstore.h"
#include "shell/session.h"

#include <QCoreApplication>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SaleReceipt)
};
} // namespace

void SaleReceipt::afterSale(AppStore *store, const QString &saleOrderId, const QString &saleReceipt)
{
    orderId = saleOrderId;
    receipt = saleReceipt;
    queued = false;
    last = {};
    if (store == nullptr || store->printService() == nullptr) {
        return;
    }
    last = store->printService()->saleCompleted(receipt);
    queued = last.queued;
}

bool SaleReceipt::printAgain(AppStore *store)
{
    if (store == nullptr || store->printService() == nullptr || receipt.isEmpty()) {
        last = {false, true, Text::tr("Printing is not available on this terminal.")};
        return false;
    }
    PrintService &printing = *store->printService();
    if (!queued) {
        last = printing.printReceipt(receipt);
    } else {
        const Session *who = store->session();
        last = printing.printDuplicate(orderId, receipt, {who->staffId(), who->staffName(), {}, {}}, store->signer());
    }
    queued = queued || last.queued;
    return last.queued;
}
