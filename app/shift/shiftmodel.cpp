#include "shift/shiftmodel.h"

#include "base/timetext.h"
#include "common/moneytext.h"
#include "merchant/merchant.h"
#include "sales/tenders.h"
#include "shell/session.h"
#include "shifts/shiftservice.h"
#include "staffauth.h"
#include "workflows/approvedwrites.h"
#include "workflows/store.h"

#include <QLocale>

using namespace madang;

ShiftModel::ShiftModel(QObject *parent) : QObject(parent) {}

ShiftModel::~ShiftModel() = default;

void ShiftModel::setStore(AppStore *store)
{
    if (AppStore::rebind(m_store, store, this, &ShiftModel::refresh, {&AppStore::ordersChanged})) {
        Q_EMIT storeChanged();
        refresh();
    }
}

QString ShiftModel::amountText(qint64 minor) const
{
    return ::moneyText(minor, m_store ? m_store->currency() : QStringLiteral("KRW"));
}

QString ShiftModel::timeText(const QString &iso) const
{
    const QDateTime at = madang::timetext::fromWire(iso);
    return at.isValid() ? QLocale().toString(at, QLocale::ShortFormat) : iso;
}

void ShiftModel::refresh()
{
    if (!m_store) {
        return;
    }
    ShiftService &shifts = m_store->store().shifts();
    auto current = shifts.current(m_store->terminalId());
    if (!current) {
        setError(current.error().message);
        return;
    }
    m_shiftId.clear();
    m_openedText.clear();
    if (current.value()) {
        const Shift &s = *current.value();
        m_shiftId = s.id;
        m_openedText = s.automatic
                           ? tr("Opened %1 by %2's sale, with no float counted. Add the float in the "
                                "drawer with Cash in.")
                                 .arg(timeText(s.openedAt), s.openedByName)
                           : tr("Opened %1 by %2 · float %3")
                                 .arg(timeText(s.openedAt), s.openedByName, ::moneyText(s.floatMinor, s.currency));
    }
    if (!m_showingZ) {
        m_report.clear();
        if (current.value()) {
            auto x = shifts.report(m_store->terminalId());
            if (x) {
                m_report = toMap(x.value());
            } else {
                setError(x.error().message);
            }
        }
    }
    Q_EMIT changed();
}

void ShiftModel::clearError()
{
    setError({});
}

bool ShiftModel::openShift(qint64 floatMinor)
{
    if (!m_store) {
        return failNoDatabase();
    }
    const Session *session = m_store->session();
    auto opened = m_store->store().shifts().open(floatMinor, m_store->currency(),
                                                 {session->staffId(), session->staffName(), {}, {}}, m_store->signer());
    if (!opened) {
        return fail(opened.error().message);
    }
    m_showingZ = false;
    setError({});
    refresh();
    return true;
}

bool ShiftModel::moveCash(const QString &kind, qint64 amountMinor, const QString &reason, const QString &approverId)
{
    const Session *session = m_store->session();
    auto moved = m_store->store().shifts().moveCash(
        kind, amountMinor, {session->staffId(), session->staffName(), approverId, reason}, m_store->signer());
    if (!moved) {
        return fail(moved.error().message);
    }
    return true;
}

bool ShiftModel::approvedMove(const QString &kind, qint64 amountMinor, const QString &reason,
                              const QString &approvalToken, const QString &action)
{
    const Session *session = m_store->session();
    auto moved = ApprovedWrites(m_store->store())
                     .moveCash(
                         kind, amountMinor, {session->staffId(), session->staffName(), {}, reason},
                         [&] { return m_store->staffAuth().consumeApproval(approvalToken, action, m_shiftId); },
                         m_store->signer());
    return moved ? true : fail(moved.error().message);
}

bool ShiftModel::cashIn(qint64 amountMinor, const QString &reason)
{
    if (!m_store) {
        return failNoDatabase();
    }
    if (!moveCash(QStringLiteral("in"), amountMinor, reason, {})) {
        return false;
    }
    setError({});
    refresh();
    return true;
}

bool ShiftModel::cashOut(qint64 amountMinor, const QString &reason, const QString &approvalToken)
{
    if (!m_store) {
        return failNoDatabase();
    }
    if (approvalToken.isEmpty()) {
        const Session *session = m_store->session();
        auto moved = m_store->store().shifts().moveCash(QStringLiteral("out"), amountMinor,
                                                        {session->staffId(), session->staffName(), {}, reason},
                                                        m_store->signer());
        if (!moved) {
            fail(moved.error().message);
            if (moved.error().code == madang::ErrorCode::Forbidden) {
                Q_EMIT cashOutNeedsApproval(amountMinor, reason, error());
            }
            return false;
        }
    } else {
        // The approval is used up only if the cash-out is recorded, and the other way round.
        if (!approvedMove(QStringLiteral("out"), amountMinor, reason, approvalToken, kCashOutAction)) {
            return false;
        }
    }
    setError({});
    refresh();
    return true;
}

bool ShiftModel::noSale(const QString &reason, const QString &approvalToken)
{
    if (!m_store) {
        return failNoDatabase();
    }
    if (approvalToken.isEmpty()) {
        return fail(tr("Opening the drawer without a sale needs a manager's approval."));
    }
    // The approval is used up only if the drawer opening is recorded, and the other way round.
    if (!approvedMove(QStringLiteral("no_sale"), 0, reason, approvalToken, kNoSaleAction)) {
        return false;
    }
    setError({});
    refresh();
    return true;
}

bool ShiftModel::closeShift(qint64 countedMinor)
{
    if (!m_store) {
        return failNoDatabase();
    }
    const Session *session = m_store->session();
    auto z = m_store->store().shifts().close(countedMinor, {session->staffId(), session->staffName(), {}, {}},
                                             m_store->signer());
    if (!z) {
        return fail(z.error().message);
    }
    m_report = toMap(z.value());
    m_showingZ = true;
    setError({});
    refresh();
    Q_EMIT closed(static_cast<int>(z.value().zNumber));
    return true;
}

void ShiftModel::dismissReport()
{
    m_showingZ = false;
    refresh();
}

QVariantMap ShiftModel::toMap(const ShiftReport &r) const
{
    const auto money = [&r](qint64 minor) { return ::moneyText(minor, r.currency); };
    QVariantList methods;
    for (const ShiftReport::MethodTotal &m : r.byMethod) {
        methods << QVariantMap{{QStringLiteral("label"), TenderRegistry::labelOf(m.method)},
                               {QStringLiteral("count"), m.count},
                               {QStringLiteral("amountText"), money(m.amountMinor)}};
    }
    QVariantList vat;
    for (const VatBucket &b : r.byVat) {
        vat << QVariantMap{{QStringLiteral("label"), tr("VAT %1").arg(formatVatPercent(b.vatBp))},
                           {QStringLiteral("grossText"), money(b.grossMinor)},
                           {QStringLiteral("netText"), money(b.netMinor)},
                           {QStringLiteral("vatText"), money(b.vatMinor)}};
    }
    QVariantList staff;
    for (const ShiftReport::StaffTotal &s : r.byStaff) {
        staff << QVariantMap{{QStringLiteral("name"), s.staff.isEmpty() ? QStringLiteral("—") : s.staff},
                             {QStringLiteral("orders"), s.orders},
                             {QStringLiteral("totalText"), money(s.totalMinor)}};
    }
    const bool isZ = r.zNumber > 0;
    return {{QStringLiteral("title"), isZ ? tr("Z-report #%1").arg(r.zNumber) : tr("X-report (shift so far)")},
            {QStringLiteral("isZ"), isZ},
            {QStringLiteral("zNumber"), r.zNumber},
            {QStringLiteral("periodText"), isZ ? tr("%1 – %2").arg(timeText(r.openedAt), timeText(r.closedAt))
                                               : tr("Since %1").arg(timeText(r.openedAt))},
            {QStringLiteral("salesCount"), r.salesCount},
            {QStringLiteral("salesText"), money(r.salesMinor)},
            {QStringLiteral("refundsCount"), r.refundsCount},
            {QStringLiteral("refundsText"), money(r.refundsMinor)},
            {QStringLiteral("voidsCount"), r.voidsCount},
            {QStringLiteral("voidsText"), money(r.voidsMinor)},
            {QStringLiteral("tipsText"), money(r.tipsMinor)},
            {QStringLiteral("discountsText"), money(r.discountsMinor)},
            {QStringLiteral("netText"), money(r.netMinor)},
            {QStringLiteral("byMethod"), methods},
            {QStringLiteral("byVat"), vat},
            {QStringLiteral("byStaff"), staff},
            {QStringLiteral("floatText"), money(r.floatMinor)},
            {QStringLiteral("cashInText"), money(r.cashInMinor)},
            {QStringLiteral("cashOutText"), money(r.cashOutMinor)},
            {QStringLiteral("noSaleCount"), r.noSaleCount},
            {QStringLiteral("expectedText"), money(r.expectedCashMinor)},
            {QStringLiteral("countedText"), isZ ? money(r.countedCashMinor) : QString()},
            {QStringLiteral("differenceText"), isZ ? money(r.differenceMinor) : QString()},
            {QStringLiteral("differenceMinor"), r.differenceMinor},
            {QStringLiteral("outOfRangeText"),
             r.outOfRangeCount > 0 ? tr("%n stored figure(s) beyond the limits, written by an older version, are left "
                                        "out of these totals.",
                                        nullptr, static_cast<int>(r.outOfRangeCount))
                                   : QString()}};
}
