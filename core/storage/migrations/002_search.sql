-- Schema 2: full-text catalog search. The index is filled in code (see CatalogSearch::rebuildIndex).
CREATE VIRTUAL TABLE item_search USING fts5 (
    name, sku, barcode, extra,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3',
    detail = none,
    columnsize = 0
);
CREATE INDEX items_name ON items (name COLLATE NOCASE);
