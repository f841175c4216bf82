#pragma once

#include <QString>

namespace madang {
class CustomerRepository;
struct Customer;
} // namespace madang

/// How a sale's or a ticket's customer is named on screen: "김하늘 · 010-1234-5678", the name or the number
/// alone when the other is missing, and a note for an id no longer on file; empty for no id.
namespace customertext {
QString line(const madang::CustomerRepository &customers, const QString &customerId);
/// A customer on file as a line: "김하늘 · 010-1234-5678", or the name or the number alone.
QString line(const madang::Customer &customer);
} // namespace customertext
