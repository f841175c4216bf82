#pragma once

#include "base/error.h"

#include <QLatin1String>
#include <QList>
#include <QString>
#include <functional>

class QSqlDatabase;

namespace madang {

struct PaymentInput;
struct Ticket;

/// The codes of the tender kinds that come built in, as stored in payments.method. Cash and an external card
/// terminal are taken at the counter; the platform methods (a QR the customer scans, a token the customer shows,
/// auto-pay) plug in under their own names.
namespace payment {
inline constexpr QLatin1String Cash{"cash"};
inline constexpr QLatin1String Card{"card"};
inline constexpr QLatin1String PlatformQr{"platform_qr"};
inline constexpr QLatin1String PlatformToken{"platform_token"};
inline constexpr QLatin1String PlatformAutoPay{"platform_autopay"};
/// A booking's deposit, paid when it was made and credited at checkout; the reference is the booking id.
inline constexpr QLatin1String Deposit{"deposit"};
} // namespace payment

/// How a tender's share of a refund or void goes back to the customer.
enum class RefundRoute {
    SameTender,   ///< the way it came: the same method and reference (the card is credited, the deposit returned)
    Cash,         ///< handed back in cash from the drawer
    NotAtCounter, ///< not here: the refund is refused, and has to go through whoever took the payment
};

/// What a tender's verification sees besides the tender itself: the ticket being paid, what it comes to, every
/// tender of the sale (a check may add up all tenders of its kind) and who rings it up.
struct TenderCheck
{
    const Ticket &ticket;
    qint64 dueMinor = 0;
    const QList<PaymentInput> &tenders;
    const QString &staffId;
};

/// One kind of tender: what the payment code, the screens, the receipt and refunds need to know about it.
struct TenderKind
{
    /// Runs inside the sale's transaction before anything is written; an error refuses the sale, which then
    /// leaves no trace (no order, journal entry, outbox op or receipt number).
    using Verify = std::function<Status(QSqlDatabase &db, const PaymentInput &tender, const TenderCheck &check)>;

    QString code;                          ///< payments.method
    const char *labelText = "";            ///< source text of label(), context "Tenders"
    bool givesChange = false;              ///< handed over in excess and answered with change (cash)
    bool needsReference = false;           ///< refused without a reference
    const char *referenceText = "";        ///< source text of referenceLabel(), context "Tenders"
    const char *missingReferenceText = ""; ///< source text of the refusal without a reference, context "Payment"
    RefundRoute refund = RefundRoute::SameTender;
    const char *printedKorean = "";  ///< the receipt's label in Korean (UTF-8)
    const char *printedEnglish = ""; ///< the receipt's label in any other language
    Verify verify;                   ///< empty: nothing to verify

    /// "Cash", "Card", "Platform QR"… in the UI language.
    [[nodiscard]] QString label() const;
    /// What the reference is: "Approval number", "Booking"… in the UI language; empty if the kind takes none.
    [[nodiscard]] QString referenceLabel() const;
    /// The refusal of a tender of this kind without a reference, in the UI language.
    [[nodiscard]] QString missingReference() const;
    /// The receipt's label. Receipts follow the document's language, not the terminal's: "ko…" prints Korean,
    /// anything else English.
    [[nodiscard]] QString printedLabel(const QString &language) const;
};

/// The tender kinds that payments may use. The payment code, refunds, screens and receipts consult it instead
/// of naming methods, so adding a tender kind is one entry here. builtin() holds the kinds above; a caller that
/// needs a verification (or a test) copies it and adds to it.
class TenderRegistry
{
public:
    /// Cash, card, the three platform methods and the booking deposit.
    [[nodiscard]] static const TenderRegistry &builtin();

    /// The kind with exactly this code (no trimming or folding of case), or nullptr.
    [[nodiscard]] const TenderKind *find(const QString &code) const;
    [[nodiscard]] const QList<TenderKind> &kinds() const { return m_kinds; }

    /// Adds a kind; refused if its code is empty or already taken.
    Status add(TenderKind kind);
    /// Sets the verification of a registered kind; false if there is no such kind.
    bool setVerify(const QString &code, TenderKind::Verify verify);

    /// The label of a built-in kind in the UI language; an unknown code as it is.
    [[nodiscard]] static QString labelOf(const QString &code);
    /// The receipt label of a built-in kind in the receipt's language; an unknown code as it is.
    [[nodiscard]] static QString printedLabelOf(const QString &code, const QString &language);

private:
    QList<TenderKind> m_kinds;
};

} // namespace madang
