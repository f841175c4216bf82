#include "sales/tenders.h"

#include <QCoreApplication>

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Tenders)
};

/// The refusals of a missing reference were worded in payment.cpp before the registry: they keep its context.
struct PaymentText
{
    Q_DECLARE_TR_FUNCTIONS(Payment)
};

QString translated(const char *source)
{
    return source && *source ? Text::tr(source) : QString();
}

TenderRegistry makeBuiltin()
{
    const auto platform = [](QLatin1String code, const char *label) {
        TenderKind k;
        k.code = QString(code);
        k.labelText = label;
        k.referenceText = QT_TRANSLATE_NOOP("Tenders", "Payment reference");
        k.printedKorean = "간편결제";
        k.printedEnglish = "Mobile pay";
        return k;
    };
    TenderKind cash;
    cash.code = QString(payment::Cash);
    cash.labelText = QT_TRANSLATE_NOOP("Tenders", "Cash");
    cash.givesChange = true;
    cash.printedKorean = "현금";
    cash.printedEnglish = "Cash";

    TenderKind card;
    card.code = QString(payment::Card);
    card.labelText = QT_TRANSLATE_NOOP("Tenders", "Card");
    card.needsReference = true;
    card.referenceText = QT_TRANSLATE_NOOP("Tenders", "Approval number");
    card.missingReferenceText =
        QT_TRANSLATE_NOOP("Payment", "Enter the card terminal's approval number as the reference.");
    card.printedKorean = "카드";
    card.printedEnglish = "Card";

    TenderKind deposit;
    deposit.code = QString(payment::Deposit);
    deposit.labelText = QT_TRANSLATE_NOOP("Tenders", "Booking deposit");
    deposit.needsReference = true;
    deposit.referenceText = QT_TRANSLATE_NOOP("Tenders", "Booking");
    deposit.missingReferenceText = QT_TRANSLATE_NOOP("Payment", "A deposit needs the booking it was paid for.");
    deposit.printedKorean = "예약금";
    deposit.printedEnglish = "Booking deposit";

    TenderRegistry r;
    for (const TenderKind &k :
         {cash, card, platform(payment::PlatformQr, QT_TRANSLATE_NOOP("Tenders", "Platform QR")),
          platform(payment::PlatformToken, QT_TRANSLATE_NOOP("Tenders", "Platform token")),
          platform(payment::PlatformAutoPay, QT_TRANSLATE_NOOP("Tenders", "Platform auto-pay")), deposit}) {
        (void)r.add(k); // the codes differ: nothing to refuse
    }
    return r;
}
} // namespace

QString TenderKind::label() const
{
    const QString text = translated(labelText);
    return text.isEmpty() ? code : text;
}

QString TenderKind::referenceLabel() const
{
    return translated(referenceText);
}

QString TenderKind::missingReference() const
{
    if (missingReferenceText && *missingReferenceText) {
        return PaymentText::tr(missingReferenceText);
    }
    return PaymentText::tr("A %1 payment needs a reference.").arg(code);
}

QString TenderKind::printedLabel(const QString &language) const
{
    const char *text = language.startsWith(QLatin1String("ko")) ? printedKorean : printedEnglish;
    return text && *text ? QString::fromUtf8(text) : code;
}

const TenderRegistry &TenderRegistry::builtin()
{
    static const TenderRegistry registry = makeBuiltin();
    return registry;
}

const TenderKind *TenderRegistry::find(const QString &code) const
{
    for (const TenderKind &k : m_kinds) {
        if (k.code == code) {
            return &k;
        }
    }
    return nullptr;
}

Status TenderRegistry::add(TenderKind kind)
{
    if (kind.code.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, Text::tr("A tender kind needs a code."));
    }
    if (find(kind.code)) {
        return makeError(ErrorCode::Conflict, Text::tr("The tender kind \"%1\" is already registered.").arg(kind.code));
    }
    m_kinds << std::move(kind);
    return Done{};
}

bool TenderRegistry::setVerify(const QString &code, TenderKind::Verify verify)
{
    for (TenderKind &k : m_kinds) {
        if (k.code == code) {
            k.verify = std::move(verify);
            return true;
        }
    }
    return false;
}

QString TenderRegistry::labelOf(const QString &code)
{
    const TenderKind *kind = builtin().find(code);
    return kind ? kind->label() : code;
}

QString TenderRegistry::printedLabelOf(const QString &code, const QString &language)
{
    const TenderKind *kind = builtin().find(code);
    return kind ? kind->printedLabel(language) : code;
}

} // namespace madang
