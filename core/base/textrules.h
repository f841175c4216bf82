#pragma once

// What text the terminal stores: clean characters and a sane length per kind of field (docs/limits.md, "Text").

#include "base/error.h"

#include <QString>

namespace madang {

/// The kinds of text the terminal stores. Each has one maximum length, in characters (code points).
enum class TextKind {
    Name,         ///< people, staff, stations, crews, vans, tables, areas, modifiers, the business: 80
    ItemName,     ///< a catalog item: 120
    Category,     ///< a catalog category, a table's combine group: 40
    Sku,          ///< an item's own code: 64
    Barcode,      ///< 32
    Note,         ///< a customer's or booking's notes, access notes; may span lines: 500
    Reason,       ///< why a booking was cancelled, a day off: 500
    Address,      ///< a job's, a crew's travel or the business address: 200
    Phone,        ///< a phone number as typed, before it is normalized: 32
    Identifier,   ///< a platform id, a shared-profile scope: 64
    ProfileValue, ///< the value of a shared-profile field; may span lines: 1000
};

/// The maximum length of a kind, in characters.
[[nodiscard]] int maxTextLength(TextKind kind);

/// Refuses a value that holds a control character (C0 except a line feed in the kinds that may span lines, DEL,
/// C1, the line and paragraph separators), a bidirectional control (embeddings, overrides, isolates and the
/// direction marks), a character left by broken UTF-8 (a lone surrogate, U+FFFD, a noncharacter), or is longer
/// than the kind allows. `fieldLabel` names the field in the message ("name", "category"): "The category
/// contains a control character (U+001B) at position 4." Empty values pass: each caller decides if one is needed.
[[nodiscard]] Status checkText(const QString &value, TextKind kind, const QString &fieldLabel);

/// text as it may be shown on a terminal on one line: every character checkText() refuses as a control or a
/// direction control (a line feed included) is written as \uXXXX, so that a refused value quoted in a message
/// can neither split it nor drive the terminal.
[[nodiscard]] QString visibleText(const QString &text);

} // namespace madang
