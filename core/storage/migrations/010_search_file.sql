-- Schema 10: the catalog's search index moves to its own file beside the database (see SearchIndex),
-- so that a big import writes it on a second core. It holds only derived data and is rebuilt from the
-- items when it is missing or does not match them.
DROP TABLE item_search;

-- The generation of the items the index file was built from; see SearchIndex::stamp.
CREATE TABLE search_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    generation TEXT NOT NULL
);
