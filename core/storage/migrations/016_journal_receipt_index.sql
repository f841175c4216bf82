-- Schema 16: the journal's receipt index goes. Nothing looks journal entries up by receipt (an order's entry is
-- found through orders.journal_seq, a receipt's through orders.receipt), and every sale paid for it: one more
-- index page written and fsync'd per sale.
DROP INDEX journal_receipt;
