<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AmountDialog</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (e.g. change from the bank, supplier paid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplierSet</name>
    <message>
        <source>&quot;%1&quot; version %2 is not an op this terminal knows; nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal cannot apply &quot;%1&quot; yet; nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload of &quot;%1&quot; (op %2) is empty or not JSON; nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op %1 carries &quot;%2&quot;, which is not a sync clock reading; nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Manager approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArrivalsModel</name>
    <message>
        <source>No-show?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Party of %n</source>
        <translation>
            <numerusform>Party of %n</numerusform>
            <numerusform>Party of %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditListModel</name>
    <message>
        <source>This terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privileged action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is whole: %n entries, none changed or removed.</source>
        <translation>
            <numerusform>The audit trail is whole: %n entry, not changed or removed.</numerusform>
            <numerusform>The audit trail is whole: %n entries, none changed or removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Audit details may hold text, whole numbers, true/false, lists and objects, but not fractions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An audit entry needs an action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock gave no valid time for the audit entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing audit entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no audit trail: it was written by a Madang older than the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 is out of sequence: entries are numbered from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trail starts at entry %1 instead of 1: the first entries were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 follows entry %2: the entries between them were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry 1 does not start the chain: its previous hash is not 64 zeros.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 does not link to entry %2: the chain is broken, so an entry was deleted, inserted or replaced before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 holds binary data in %2: it was not written by Madang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 was altered: its hash does not match its contents.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditSettings</name>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Availability</name>
    <message>
        <source>There is no staff member with the id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time range %1-%2 ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time range %1-%2 minutes is not within one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service %1 has a negative number of minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service %1 takes no time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service %1 is longer than a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step of %1 minutes is not between 1 and 1440.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested start is not a time of the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside %2&apos;s working hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slot is taken: %1 is busy at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slot is taken: no %1 is free at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not do %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed (%1); no partial file was left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup copy failed its integrity check: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Booking</name>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingBlock</name>
    <message>
        <source>processing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingCalendarModel</name>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the booking on a column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That booking no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day is over; book the walk-in for tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is off that day: nothing can be booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on a break at %2: pick another time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not work at %2: pick a time inside the working hours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingCard</name>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, credited at checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Shared by the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n earlier visit(s): </source>
        <translation>
            <numerusform>%n earlier visit: </numerusform>
            <numerusform>%n earlier visits: </numerusform>
        </translation>
    </message>
    <message>
        <source>Why is it cancelled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this and all following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time for all following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared %1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingCardModel</name>
    <message>
        <source>Prefers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit %1 of %2 in a repeating series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>during visits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingService</name>
    <message>
        <source>Reading bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a valid date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A booking must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-%2 on %3 crosses a daylight-saving change; book it before or after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That booking does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody on the team does %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody who does %1 is free at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the booking&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new booking cannot start as &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deposit must be between nothing and the price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That customer does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A booking that is %1 cannot be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be shorter than its work and processing time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving the booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A booking that is %1 cannot become %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel, no-show and complete have their own steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the booking is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A no-show fee must be between nothing and the price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit %1 of %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That booking is not part of a repeating series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the crews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This job is for one person; drop it on a staff column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a crew job; drop it on a crew&apos;s column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than %2 years ahead: bookings can be made up to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is in the past: a booking may start at most %3 hours ago (to record a walk-in after the fact), so no earlier than %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist on %2 in %3: the clocks go forward then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit %1 of the series is not on this terminal; the series was not applied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingsPage</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) need another staff member</source>
        <translation>
            <numerusform>%n booking needs another staff member</numerusform>
            <numerusform>%n bookings need another staff member</numerusform>
        </translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody can be booked yet: give staff their services and working hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkIndexer</name>
    <message>
        <source>Writing the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the search index %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CanonicalJson</name>
    <message>
        <source>Canonical JSON holds whole numbers only, never fractions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>The name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SKU is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SKU &quot;%1&quot; must be up to %2 letters, digits or symbols without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VAT rate must be between 0% and 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration must be between 0 and %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The barcode &quot;%1&quot; must be up to %2 printable characters without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>barcode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogImport</name>
    <message>
        <source>the file is empty; the first line must be the header %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;; expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has no &quot;%1&quot; column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sku is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sku %1 repeats line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vat_rate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration_min &quot;%1&quot; must be a whole number of minutes from 0 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>barcode %1 repeats line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>barcode %1 already belongs to item %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has a header but no items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogRepository</name>
    <message>
        <source>Reading the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved item %1 could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading barcodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog&apos;s search index is out of date and could not be rebuilt. Restart the terminal to rebuild it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the catalog&apos;s indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the catalog for a big import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing the imported items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload of &quot;%1&quot; has no id; nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already another category called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category of %1 is not in the catalog yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of &quot;%2&quot; does not have one value per column; nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of &quot;%2&quot; repeats item %3; nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogSettings</name>
    <message>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matching of %2 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogWriter</name>
    <message>
        <source>Preparing to save items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SKU %1 is already used by another item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The barcode %1 is already used by another item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckoutModel</name>
    <message>
        <source>Unknown kind of discount &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an item before a discount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discount of %1 on %2 is above the %3% limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No discount is waiting for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold or clear the current ticket first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That line is no longer on the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is not for sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type a barcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item has the barcode %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tip must be between 0 and 100 percent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tip cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an item before a tip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That booking no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the customer in before checking out the booking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That customer is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckoutPage</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrewAvailability</name>
    <message>
        <source>The date is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration of %1 minutes is not between 1 and 1440.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job has no address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no crew with the id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crew %1 has no members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crew %1 lists &quot;%2&quot;, who is not a staff member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no van with the id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is off on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside %2&apos;s working hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crew %1 already has a job at %2 from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crew %1 needs %2 min to travel from %3; the previous job ends at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crew %1 needs %2 min to travel to %3; the next job starts at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slot is taken: %1 is busy %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slot is taken: the van %1 is busy %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slot is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A travel time is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step of %1 minutes is not between 1 and 1440.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested start is not a time of the day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrewEditorDialog</name>
    <message>
        <source>Edit crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (lead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Van</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No van</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrewRepository</name>
    <message>
        <source>A crew needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A crew needs at least one member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A crew member is not on the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such van.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A crew drives a van, not a %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a crew called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such crew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the crews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no crew called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drive is between two addresses and 0 to 600 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the travel time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the travel times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drive is between two different addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crew name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crew %1 is not on this terminal; it was not retired.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrewSettings</name>
    <message>
        <source>Crews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No crews yet: jobs are booked for one person at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No van</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Van name, e.g. 3호차</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add van</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driving times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between addresses not listed, a crew needs %1 min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ↔ %2: %3 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, e.g. 의자 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrewsModel</name>
    <message>
        <source>Enter the drive in whole minutes, for example 40.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Van</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed (OpenSSL: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is a %1 key, not an ECDSA P-256 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EC key has no named curve; P-256 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EC key is on curve %1, not P-256 (prime256v1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make %1 random bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating random bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PBKDF2 needs at least one iteration and 1 to %1 output bytes (got %2 and %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PBKDF2-HMAC-SHA256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HMAC-SHA256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating a P-256 key pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is not an unencrypted private key in PEM form (OpenSSL: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is not a public key in PEM form (OpenSSL: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying a signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing failed: the key could not be prepared for signing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file is not valid UTF-8 text; save it as &quot;CSV UTF-8&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote appears inside an unquoted field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text follows a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number, its last 4 digits, or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number or a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer on file matches. Their first booking adds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerRepository</name>
    <message>
        <source>The shared profile was not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;fields&quot; must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no valid name (lowercase letters, digits and _).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no consent scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs consented_at as ISO 8601 with an offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a leading 0 (national) or + (international).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already %2&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That customer does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the shared profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a JSON object (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a madang.shared-profile version 1 document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer needs a platform_id and a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the shared profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it lists %1 fields; the maximum is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has the consent scope &quot;%2&quot;; the known scopes are %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>platform id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>platform_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared profile was not imported: the phone number %1 belongs to %2, who is linked to another platform customer (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload of &quot;%1&quot; has no id; nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for at most %1 characters: a name or a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerText</name>
    <message>
        <source>A customer no longer on file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database path was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Madang database (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot use write-ahead logging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the disk is full. Nothing was saved; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up %1 before upgrading it, so it was left as it was: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 (schema %2) to %3 before upgrading it to schema %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file; give the path of a file in it, e.g. %1/madang.db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in the folder %1, where the database %2 keeps its lock and write-ahead log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is read-only (its file permissions do not allow writing); this needs to write to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseLock</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, process %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, process %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is already open in another program (%2). Close it first; only one program may write to a terminal&apos;s database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the lock file %1: there is no permission to write in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the lock file %1: the disk is full. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is locked by %2, which could not be taken over.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DaysOffDialog</name>
    <message>
        <source>Days off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (holiday, sick…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No days off ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DaysOffModel</name>
    <message>
        <source>Choose a staff member first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as 2026-12-24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) on %1 now need someone else; the calendar lists them.</source>
        <translation>
            <numerusform>%n booking on %1 now need someone else; the calendar lists them.</numerusform>
            <numerusform>%n bookings on %1 now need someone else; the calendar lists them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Set up the terminal first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Madang Hair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Madang Kitchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Madang Clean</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceIdentity</name>
    <message>
        <source>Reading the device identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid terminal id: use a capital letter, then up to 7 capital letters or digits (for example T1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal has no device identity yet. Start Madang once normally to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device row of %1 names the secrets folder &quot;%2&quot;, which is not a UUID. Restore the database from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device key in %1 does not belong to this database (%2): its public key differs from the one recorded at setup. Restore the folder %3 from the backup that belongs to this database; do not delete the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets folder %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the device identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the terminal id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no device row to rename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no device identity yet, so no public key to check signatures with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FloorEditor</name>
    <message>
        <source>‹ Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Add table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap a table to change it. Drag it to move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Square</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2층, Terrace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushes together with (group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: stands alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FloorModel</name>
    <message>
        <source>Add an area first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter between 1 and %1 guests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group name is at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place in the group is 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FloorPage</name>
    <message>
        <source>%1 of %2 tables taken · %3 guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap a table to open it · hold it to move or merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tables in this area yet. A manager can add them with Edit floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takeaway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralSettings</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restaurant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, included in prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, added to prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out after idle (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discounts above this need a manager (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuestsDialog</name>
    <message>
        <source>Table %1: how many guests?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeldTicketsDialog</name>
    <message>
        <source>Tickets on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (optional): table, customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold this ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold or clear the open ticket before taking one back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n line(s)</source>
        <translation>
            <numerusform>%1 · %n line</numerusform>
            <numerusform>%1 · %n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tickets on hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HybridClock</name>
    <message>
        <source>Reading the sync clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the sync clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync clock moves only inside the write&apos;s transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sync clock reading (MMMMMMMMMMMMMMM-CCCCC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading which change holds %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording which change holds %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: there is no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2, the most a %3 may be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemEditorDialog</name>
    <message>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown at the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffer before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffer after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemEditorModel</name>
    <message>
        <source>This item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffer before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffer after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter whole minutes from 0 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a service with a duration has a processing gap, a finish or buffers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processing gap and the finish must leave time for the work: together less than %1 min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A finish comes after a processing gap; without a gap, put its minutes in the duration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter whole minutes, for example 45.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>entry %1 is missing (found %2 instead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is out of order or repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not link to the entry before it (an entry was removed, inserted or replaced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its contents do not match its hash (the entry was altered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its signature is not in canonical base64 (the entry was altered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its signature cannot be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its signature is not the device&apos;s (the hash was recomputed after a change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seq, total_minor, receipt or body is missing or malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing or not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has fields that a journal entry does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not in canonical form (it was edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entries are written inside the sale&apos;s transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown journal entry type %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journal entry holds whole numbers only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing the journal entry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its body is not stored in canonical form (the entry was altered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journal entry&apos;s body must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line is longer than %1 bytes (16 MiB), the most one journal entry may take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the journal with the orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 %2 has no journal entry (entry %3 is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 %2 names entry %3, which records something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Z-report %1 has no journal entry (entry %2 is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Z-report %1 names entry %2, which records something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 (a closure) has no Z-report (it was removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 (a reprint of %2) names an order that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 (the %2 %3) has no order (it was removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receipt counter of %1 is at %2 but %3 orders carry its numbers (orders and their entries were removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 %2 carries this terminal&apos;s receipt number but no journal entry, as if another terminal had sold it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kitchen</name>
    <message>
        <source>NEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHANGED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CANCEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · course %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KitchenLogDialog</name>
    <message>
        <source>Kitchen log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent from this screen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerSummary</name>
    <message>
        <source>Summing up the orders, payments and bookings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineEditorDialog</name>
    <message>
        <source>Discount on the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the discount as a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the kitchen or the stylist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. less spicy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount (above %1% needs a manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Merchant</name>
    <message>
        <source>&quot;%1&quot; is not a VAT rate in percent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT rate %1 is above 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The business name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VAT rate must be between 0% and 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>business name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>business registration number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MerchantRepository</name>
    <message>
        <source>Reading the merchant profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner&apos;s name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal is already set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the merchant profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal is not set up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff member&apos;s name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff member&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of business this terminal knows; nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does a service (%2) that is not in this terminal&apos;s catalog; nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member %1 (%2) is not on this terminal; nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change would leave the terminal without an active owner; nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Madang (schema %2; this version knows up to %3). Install the newer version; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 failed: %2. The database is unchanged at schema %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot pause foreign keys for the migration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking foreign keys after the migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migration to schema %1 left a row of %2 naming a missing row of %3. The database is unchanged at schema %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModifierChoiceModel</name>
    <message numerus="yes">
        <source>Choose %n</source>
        <translation>
            <numerusform>Choose %n</numerusform>
            <numerusform>Choose %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Optional, up to %n</source>
        <translation>
            <numerusform>Optional, up to %n</numerusform>
            <numerusform>Optional, up to %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is not in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModifierDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add · %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModifierRepository</name>
    <message>
        <source>An option group needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: add at least one option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the number of choices must be between 0 and the number of options, with at least one allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: every option needs a name and a price of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the option group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the item&apos;s options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the item&apos;s options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option group&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 is not in this terminal&apos;s catalog; its options were not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option group %1 is not on this terminal; the item&apos;s options were not applied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported currency &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot combine %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no minor unit: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 allows %2 decimals: &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is over the maximum of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 is over the maximum of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the quantity %2 is out of range (1 to %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewBookingDialog</name>
    <message>
        <source>Choose a service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first free staff member who does the service takes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Phone (010-1234-5678)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (new customers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 2 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly, same weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access notes (door code, parking)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New booking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewBookingModel</name>
    <message>
        <source>Any crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not do %2: choose someone who does, or anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a service to see its free times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the address: the free times count the driving between jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is free on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next free: %1, from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is free on %1, nor in the %2 days after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one of the free times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a way to repeat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a day from the calendar, up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the kitchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less spicy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra spicy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No onions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionsDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add · %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderDetailModel</name>
    <message>
        <source>Choose an order first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprinted %1 as a DUPLICATE (journal entry %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one line and how many to refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manager&apos;s approval is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided: receipt %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded: receipt %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderDetailPane</name>
    <message>
        <source>Choose an order on the left to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUPLICATE</source>
        <extracomment>Shown after a reprint: the copy is marked as a duplicate (ko: 재발행)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrects %1 · %2 · approved by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT %1 (net %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(received %1, change %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds and voids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderRepository</name>
    <message>
        <source>Reading order lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading refunds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderText</name>
    <message>
        <source>Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Receipt number or amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders match this search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders for this period yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>An outbox op must be written inside its domain transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queueing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; version %2 is not an op this terminal knows; nothing was queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox op %1 refers to journal entry %2, which is missing or has another hash. Run a journal check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking ops as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox has no op %1; no op was marked as sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording a failed send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox has no unsent op %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParkedTickets</name>
    <message>
        <source>An empty ticket cannot be put on hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting the ticket on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading tickets on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That ticket is no longer on hold.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayloadReader</name>
    <message>
        <source>The payload of &quot;%1&quot; has no valid &quot;%2&quot;; nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <source>Unknown payment method &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is left to pay; remove the extra payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the cash handed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 payment needs an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 payment of %2 is more than the %3 still due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the card terminal&apos;s approval number as the reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deposit needs the booking it was paid for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cash handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 payment of sale %2 cannot be given back at the counter; refund it where it was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 payment needs a reference.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Still due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · approval %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card amount (charge it on the card terminal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval number from the card terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit credited %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentFlow</name>
    <message>
        <source>Exact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sale is already paid. Start a new sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than the %2 still due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the card amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the approval number from the card terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the cash handed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in before taking payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the sale first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinHasher</name>
    <message>
        <source>The stored PIN hash is malformed (%1); set a new PIN for this staff member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 4 fields separated by $</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown scheme &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iteration count must be 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad salt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device pepper is loaded; PINs cannot be hashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN is 4 to 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN iteration count %1 is outside 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintQueue</name>
    <message>
        <source>%1: the print job %2 is not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queueing a print job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the job needs a kind and some bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the print queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the print job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no print job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the failed print jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking a print job done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording a failed print attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the print job %2 is not queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (moved from %2 to %3 after %n attempts)</source>
        <translation>
            <numerusform>%1 (moved from %2 to %3 after %n attempt)</numerusform>
            <numerusform>%1 (moved from %2 to %3 after %n attempts)</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrying a print job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling a print job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued or failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting old print jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer address %1 has a bad port &quot;%2&quot; (1 to 65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer address %1 is not &quot;[IPv6 address]:port&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer address &quot;%1&quot; has no host; write e.g. 192.168.0.50:9100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serial printer address &quot;%1&quot; has no device; write e.g. /dev/ttyUSB0@19200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serial printer address %1 has a bad speed &quot;%2&quot; (e.g. 9600, 19200, 115200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A printer needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer %1 has a %2 mm roll; Madang prints on 58 or 80 mm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF printer %1 needs a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer %1 has an unknown kind &quot;%2&quot; (tcp, serial or pdf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the printer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a printer named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer %1 cannot be its own fallback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot stand in for %2: a fallback needs the same paper width (%3 mm) and the same kind of output (ESC/POS or PDF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot stand in for %2: the fallbacks would go round in a loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting the fallback of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching the printer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the printers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the printer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no printer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the printer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has jobs waiting that were made for its %2 mm paper and kind of output; print or cancel them before changing either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stands in for another printer, which needs the same paper width and kind of output; change that fallback first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the printer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n job(s) to print; print or cancel them first.</source>
        <translation>
            <numerusform>%1 still has %n job to print; print or cancel it first.</numerusform>
            <numerusform>%1 still has %n jobs to print; print or cancel them first.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 stands in for %2; choose another fallback there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printer&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintService</name>
    <message>
        <source>Receipts are not printed automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of receipt %1 is printing on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 is printing on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build of Madang cannot print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bill is printing on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test page is printing on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No receipt printer set up. Choose one in Settings → Printers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer is no longer set up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare the print for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not queue the print for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued for %1, which is switched off: turn it on in Settings → Printers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrinterEditorDialog</name>
    <message>
        <source>Add printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter, kitchen, bar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network (port 9100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial or USB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>58 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrinterRow</name>
    <message>
        <source>Receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrinterSettings</name>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kitchen slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a receipt after every sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing is not available on this terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printers yet. Add the counter&apos;s receipt printer, and one named &quot;kitchen&quot; or &quot;bar&quot; for kitchen slips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed print jobs (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failed print jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrinterSettingsModel</name>
    <message>
        <source>Printing is not available on this terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only owners and managers can change printers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 prints the receipts; choose another receipt printer (or none) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer %1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PullCursor</name>
    <message>
        <source>Reading the sync cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync cursor must move inside the transaction that applies the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent no usable epoch; nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page starts after %1, but ops up to %2 were already applied; the cursor does not go back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page starts after %1, but only ops up to %2 were applied; the cursor does not skip ops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s epoch changed: it must be read again from the start, not after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page ends at %1, before it starts (after %2); the cursor does not go back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the sync cursor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QSQLiteResult</name>
    <message>
        <source>Unable to fetch row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>A repeating visit needs a valid first date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A series has 1 to %1 visits, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Rung up by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer changed their mind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to refund: use + on a line, or Refund all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or write a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund all that is left of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Refund %n unit(s) from %1: %2</source>
        <translation>
            <numerusform>Refund %n unit from %1: %2</numerusform>
            <numerusform>Refund %n units from %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The whole sale is cancelled: every line, the tip and every payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund all that is left, tip included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 can be refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid back to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager approval…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReservationBlock</name>
    <message numerus="yes">
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n guest</numerusform>
            <numerusform>%n guests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReservationCard</name>
    <message numerus="yes">
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n guest</numerusform>
            <numerusform>%n guests</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is it cancelled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the reservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReservationDialog</name>
    <message>
        <source>Choose a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New reservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n guest</numerusform>
            <numerusform>%n guests</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at table %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not free for this party: choose a free time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No table for this party is free on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone (010-1234-5678)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReservationHoursDialog</name>
    <message>
        <source>Reservation hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dinner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave a sitting empty if there is none. Reservations must end by the end of their sitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReservationHoursModel</name>
    <message>
        <source>Enter each sitting as HH:MM to HH:MM, for example 17:00 to 22:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sitting must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lunch must end before dinner starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the open days a lunch or a dinner sitting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReservationService</name>
    <message>
        <source>That reservation does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading reservations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reservation that is %1 cannot be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That time is outside the reservation hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the reservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reservation that is %1 cannot become %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel, mark a no-show or seat through their own steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the reservation is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That reservation holds no table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still has an open ticket. Pay or move it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A weekday is 1 (Monday) to 7 (Sunday).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No table for a party of %n is free at %1.</source>
        <translation>
            <numerusform>No table for a party of %n is free at %1.</numerusform>
            <numerusform>No table for a party of %n is free at %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is taken from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Those tables seat %1, fewer than the party of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Those tables cannot be pushed together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the reservation&apos;s tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the reservation&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reservation needs the guest&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A party is 1 to %1 guests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A table is held for 15 minutes to 8 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 is outside the reservation hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That party is not on the waitlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No table for a party of %n frees up before closing.</source>
        <translation>
            <numerusform>No table for a party of %n frees up before closing.</numerusform>
            <numerusform>No table for a party of %n frees up before closing.</numerusform>
        </translation>
    </message>
    <message>
        <source>The waitlist needs a name to call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding to the waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seating the party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deposit cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>combine group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guest&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for giving the deposit back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the deposit of a cancelled or missed reservation is given back here; a party&apos;s deposit is credited on its bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no deposit left to give back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload of &quot;%1&quot; has no valid &quot;%2&quot; (%3); nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reservation of %1 holds a table this terminal does not have (%2); nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reservation of %1 on %2 from %3 would take %4, which is taken here from %5 to %6: the table would be booked twice. Nothing was applied; move one of the two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deposit of %1 was given back here already; nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal has no reservation %1 (of %2) for &quot;%3&quot;; nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal has no party %1 on its waitlist for &quot;%2&quot;; nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deposit is credited only on the bill of the party it was taken from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More deposit is credited than %1 has left.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReservationsModel</name>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n seat</numerusform>
            <numerusform>%n seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reservation(s)</source>
        <translation>
            <numerusform>%n reservation</numerusform>
            <numerusform>%n reservations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n guest</numerusform>
            <numerusform>%n guests</numerusform>
        </translation>
    </message>
    <message>
        <source>That reservation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the reservation on a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReservationsPage</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New reservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tables on the Tables screen to take reservations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceRepository</name>
    <message>
        <source>Reading the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no item &quot;%1&quot; in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the staff member&apos;s services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That staff member does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours %1-%2 and %3-%4 overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day off needs a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A station needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of station (chair, room, basin or van).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That station does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That catalog item does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no time, so it cannot be booked; give it a duration first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading days off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagging the day&apos;s bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no day off on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than %2 years ahead: days off can be set up to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>station name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a station called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A retired station is called %1; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the crews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crew %1 drives %2: give the crew another van, or none, then retire it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the station&apos;s bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n booking(s) to come, the first on %2 at %3 (%4). Move or cancel them, then retire it.</source>
        <translation>
            <numerusform>%1 still has %n booking to come, on %2 at %3 (%4). Move or cancel it, then retire it.</numerusform>
            <numerusform>%1 still has %n bookings to come, the first on %2 at %3 (%4). Move or cancel them, then retire it.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no station called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station %1 is not on this terminal; it was not retired.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaleReceipt</name>
    <message>
        <source>Printing is not available on this terminal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaleService</name>
    <message>
        <source>Numbering the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbering the receipt: no number came back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the order lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refund or void needs a manager&apos;s approval and a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sale %1 to correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1 was already voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1 has refunds already; refund the rest instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only %2 of %3 can still be refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1 has no line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of sale %1 is left to refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no order %1 to reprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing to save the sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale&apos;s journal entry could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1 holds amounts beyond the limits, written by an older version; it cannot be refunded or voided here. Record the money given back as a cash out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying an order of another terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 came from the platform with this terminal&apos;s receipt number %2; this terminal&apos;s own orders are never written from elsewhere. Nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is here already as %2, not as %3. Nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 corrects the sale %2, which this terminal does not have. Nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pulled order is written in the pull&apos;s transaction, with its own terminal&apos;s journal entry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesSummary</name>
    <message>
        <source>That is not a period of time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding up the sales</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Name, SKU, barcode or initials (ㄱㅊ)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>Creating the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace the search index %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the search index %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearing the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading items for the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Without it no staff PIN can be checked, and a new pepper would not make the old PINs work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sales journal and sync requests are signed with this key; a new key would not match them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the folder %1 from the backup of this terminal&apos;s secrets (the backup that belongs to this database), then start Madang again. Do not delete the database and do not set the terminal up again. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; a secret file is never overwritten. If it is stale, move it away by hand after making sure no database still needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the secrets folder %1 with owner-only access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written but is not owner-only (mode 0600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets folder %1 of this terminal is missing, so its %2 cannot be read. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 file %2 is missing. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 file %2 cannot be read (%3). Check that it is a file owned by the user that runs Madang. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 file %2 can be read or changed by other users (it must be mode 0600). If nobody else had access, run: chmod 600 &apos;%2&apos; and start again; otherwise treat the secret as leaked and ask support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 file %2 cannot be read (%3). %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 file %2 is corrupted (far too large). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN pepper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 file %2 is corrupted (truncated or changed; it must hold a %3-byte pepper with a matching checksum). %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 file %2 is corrupted: %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsModel</name>
    <message>
        <source>Unknown language &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Welcome to Madang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is your business called?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Madang Hair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of business is it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments with stylists and chairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restaurant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables, menu and kitchen orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs at customers&apos; homes, crews and visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which currency do you charge in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices include 10% VAT. You can change the rate per item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the catalog with demo items and staff for this kind of business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is the owner? Choose the PIN they sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN (4–6 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizardModel</name>
    <message>
        <source>Enter the name of your business.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The business name is longer than 80 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what kind of business this is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the owner&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN must be 4 to 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n print job(s) failed. Check the printer, then retry in Settings → Printers.</source>
        <translation>
            <numerusform>%n print job failed. Check the printer, then retry in Settings → Printers.</numerusform>
            <numerusform>%n print jobs failed. Check the printer, then retry in Settings → Printers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftModel</name>
    <message>
        <source>Opened %1 by %2 · float %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the drawer without a sale needs a manager&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z-report #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-report (shift so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stored figure(s) beyond the limits, written by an older version, are left out of these totals.</source>
        <translation>
            <numerusform>%n stored figure beyond the limits, written by an older version, is left out of these totals.</numerusform>
            <numerusform>%n stored figures beyond the limits, written by an older version, are left out of these totals.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1 by %2&apos;s sale, with no float counted. Add the float in the drawer with Cash in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftPage</name>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cash in the drawer before the first sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take from the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sale (open drawer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the drawer without a sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manager approves with their PIN. Every opening is on the Z-report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close day (Z-report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close and print Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count every note and coin in the drawer and enter the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The X-report shows here while a shift is open; closing the day gives the Z-report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the drawer without a sale: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shift is open. Count the float into the drawer and open one; otherwise the first sale opens one with no float.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftReportView</name>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voids (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discounts given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payments yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By VAT rate (gross · net · VAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawer opened without a sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected in the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawer is right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n order(s))</source>
        <translation>
            <numerusform>%1 (%n order)</numerusform>
            <numerusform>%1 (%n orders)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShiftService</name>
    <message>
        <source>Reading the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opening float cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shift is already open since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown cash movement &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for opening the drawer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount above zero (none for a no-sale).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the drawer without a sale needs a manager&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a shift first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the cash movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shift is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding up the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counted cash cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbering the Z-report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff member&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cash in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cash out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking %1 out is more than the %2 the drawer holds; that needs a manager&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counted cash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Who is at the counter?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap your name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <source>Too many wrong PINs. A manager or the owner must unlock this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock with a manager&apos;s PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Split the bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evenly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests paying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay in %1 shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay %1 for %2 items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffAuth</name>
    <message>
        <source>An approval needs an action and a record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving an approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This approval is not known. Ask a manager to approve again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading an approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This approval was already used. Ask a manager to approve again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This approval was given for another action or record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This approval has expired (approvals last %n minute(s)). Ask a manager to approve again.</source>
        <translation>
            <numerusform>This approval has expired (approvals last %n minute). Ask a manager to approve again.</numerusform>
            <numerusform>This approval has expired (approvals last %n minutes). Ask a manager to approve again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Using an approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discount limit must be between 0 and 100 percent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such staff member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer active on this terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager or the owner can approve this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked after too many wrong PINs. A manager or the owner must unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n second.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no PIN yet. A manager or the owner can set one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a failed sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN. %1 is now locked; a manager or the owner must unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Try again in %n second(s).</source>
        <translation>
            <numerusform>Wrong PIN. Try again in %n second.</numerusform>
            <numerusform>Wrong PIN. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left.</source>
        <translation>
            <numerusform>Wrong PIN. %n try left.</numerusform>
            <numerusform>Wrong PIN. %n tries left.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving a sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no catalog item %1 to offer as a service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff member&apos;s name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;: use owner, manager or staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner can add another owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN is 4 to 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving staff member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner can change an owner or make someone an owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal needs at least one active owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner can set an owner&apos;s PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the PIN of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff member&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffEditorDialog</name>
    <message>
        <source>Add staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4–6 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the current PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active (can sign in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>break</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffEditorModel</name>
    <message>
        <source>Enter working hours as HH:MM, for example 10:00 and 20:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours must end after they start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the break as HH:MM to HH:MM, or leave both empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The break must fall inside the working hours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffSettings</name>
    <message>
        <source>%1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupError</name>
    <message>
        <source>Madang cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stations</name>
    <message>
        <source>Kitchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>That table has no open ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table&apos;s ticket changed while paying. Check the amount and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deposit is credited only to its own booking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More deposit is credited than the booking&apos;s deposit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That booking does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Platform sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Needs attention: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusModel</name>
    <message numerus="yes">
        <source>Offline · %n waiting to upload</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to upload</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as terminal %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last round did not finish; it is tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform could not be reached. Everything waits on this terminal and goes up later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s details or staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings and staff hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservations and the waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change this terminal does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform did not take this change. It stays on this terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change from terminal %1 could not be applied here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableActionsDialog</name>
    <message>
        <source>Table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the party to a free table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No table is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge this ticket into another table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other table is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableAvailability</name>
    <message>
        <source>A party of %1 is not between 1 and %2 guests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 seats; a table needs at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two tables have the id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 share position %3 in the group %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No table or combination of tables seats a party of %1; the largest seats %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration of %1 minutes is not between 1 and 1440.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step of %1 minutes is not between 1 and 1440.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <source>‹ Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move / merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay the picked items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TablePaymentModel</name>
    <message>
        <source>That table has no open ticket.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableService</name>
    <message>
        <source>That table has no open ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An area needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A table needs a name, 1 to 99 seats and a size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This area already has a table named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table has an open ticket; pay or move it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the floor plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the table&apos;s ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the table&apos;s ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That table is taken; merge the tables instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving the party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another table to merge with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging the tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick between 1 and the ordered quantity of each item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the items to pay separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeing the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing to the kitchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A station needs a name and a course from 1 to 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the kitchen station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the joined tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This table is joined to table %1 for a seated party; their ticket is on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kitchen station</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableTicketModel</name>
    <message>
        <source>Guest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT %1 included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat guests at the table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is not for sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That option is not offered with this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the note under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to bill yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableTicketPanel</name>
    <message>
        <source>%1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kitchen log (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap dishes on the left to add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This table is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to kitchen (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kitchen is up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit paid (%1), credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left to pay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableTile</name>
    <message>
        <source>%1 guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With table %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tenders</name>
    <message>
        <source>Payment reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform QR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform auto-pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tender kind needs a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tender kind &quot;%1&quot; is already registered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>The %1 is %2 characters; the maximum is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 contains a control character (%2) at position %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 contains a text direction control (%2) at position %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 contains an invalid character (%2) at position %3: the text was not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ticket</name>
    <message>
        <source>A discount on %1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discount on %1 cannot exceed 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discount on %1 is more than its amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 is not offered with this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 is chosen twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: choose at least %n option(s).</source>
        <translation>
            <numerusform>%1: choose at least %n option.</numerusform>
            <numerusform>%1: choose at least %n options.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: choose at most %n option(s).</source>
        <translation>
            <numerusform>%1: choose at most %n option.</numerusform>
            <numerusform>%1: choose at most %n options.</numerusform>
        </translation>
    </message>
    <message>
        <source>The ticket has no items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tip cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the quantity must be 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the VAT rate is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an option price is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the price is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved ticket is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is over the maximum of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discount on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option price of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price of %1 with its options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line total of %1 (%2 × %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket total %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketPanel</name>
    <message numerus="yes">
        <source>Ticket · %n item(s)</source>
        <translation>
            <numerusform>Ticket · %n item</numerusform>
            <numerusform>Ticket · %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap an item or scan a barcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount (ticket %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit paid (%1), credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TipDialog</name>
    <message>
        <source>Enter the tip as an amount, e.g. 2000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>Nothing sold yet today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s)</source>
        <translation>
            <numerusform>%n sale</numerusform>
            <numerusform>%n sales</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s) or void(s)</source>
        <translation>
            <numerusform>%n refund or void</numerusform>
            <numerusform>%n refunds or voids</numerusform>
        </translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No party is seated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one is checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · party of %2 · table %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Salon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restaurant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shift is open on this terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one else is expected today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n late</numerusform>
            <numerusform>%n late</numerusform>
        </translation>
    </message>
    <message>
        <source>Sales today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seated now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept safely on this terminal. It is not connected to the platform yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept safely on this terminal until the platform has it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Starting a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewModelStatus</name>
    <message>
        <source>No terminal database is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitlistModel</name>
    <message>
        <source>Added at %1, no wait quoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Quoted %n min at %1</source>
        <translation>
            <numerusform>Quoted %n min at %1</numerusform>
            <numerusform>Quoted %n min at %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No table before closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is free now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>About %n min (%1)</source>
        <translation>
            <numerusform>About %n min (%1)</numerusform>
            <numerusform>About %n min (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A table is free now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>About %n min</source>
        <translation>
            <numerusform>About %n min</numerusform>
            <numerusform>About %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>That party is no longer waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No table is free for them yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitlistPanel</name>
    <message>
        <source>Waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone, to call them</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n guest</numerusform>
            <numerusform>%n guests</numerusform>
        </translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
