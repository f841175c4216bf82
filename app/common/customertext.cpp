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
    const madang::Customer &c = *found.value();
    const QString phone = madang::phonetext::display(c.phone);
    if (c.name.trimmed().isEmpty() || phone.isEmpty()) {
        return c.name.trimmed().isEmpty() ? phone : c.name;
    }
    return QStringLiteral("%1 · %2").arg(c.name, phone);
}

} // namespace customertext
