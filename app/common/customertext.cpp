#include "common/customertext.h"

#include "base/phonetext.h"
#include "customers/customerrepository.h"

#include <QCoreApplication>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CustomerText)
};
} // namespace

namespace customertext {

QString line(const madang::CustomerRepository &customers, const QString &customerId)
{
    if (customerId.isEmpty()) {
        return {};
    }
    auto found = customers.find(customerId);
    if (!found || !found.value()) {
        return Text::tr("A customer no longer on file");
    }
    return line(*found.value());
}

QString line(const madang::Customer &customer)
{
    const QString phone = madang::phonetext::display(customer.phone);
    if (customer.name.trimmed().isEmpty() || phone.isEmpty()) {
        return customer.name.trimmed().isEmpty() ? phone : customer.name;
    }
    return QStringLiteral("%1 · %2").arg(customer.name, phone);
}

} // namespace customertext
