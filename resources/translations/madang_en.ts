<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <message>
        <source>Chain intact: %1 entries, all hashes match.</source>
        <translation type="unfinished"></translation>
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
    <name>Catalog</name>
    <message>
        <source>The name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
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
</context>
<context>
    <name>CatalogSearch</name>
    <message>
        <source>Updating the search index</source>
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
        <source>Building the search index</source>
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
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringing up tickets, taking payment and printing receipts are coming in a later release. The catalog and its search already work.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComingSoonPage</name>
    <message>
        <source>Coming in a later release.</source>
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
        <source>The database %1 is already open in another program (%2, process %3). Close it first; only one program may write to a terminal&apos;s database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the lock file for %1.</source>
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
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Set up the terminal first.</source>
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
</context>
<context>
    <name>ItemEditorModel</name>
    <message>
        <source>This item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration: enter whole minutes, for example 45.</source>
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
        <source>The business name is longer than 80 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VAT rate must be between 0% and 100%.</source>
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
        <source>Reading staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff member&apos;s name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving staff member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving setting %1</source>
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
    <name>SearchField</name>
    <message>
        <source>Search by name, SKU, barcode or initials (ㄱㅊ)</source>
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
        <source>No database is open.</source>
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
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every stylist&apos;s, table&apos;s and crew&apos;s day at a glance, with bookings from the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalized sales, refunds and reprints, with their signed journal entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily totals, VAT per rate and the Z-report for closing a shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch</source>
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
        <source>Catalog items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit them in Settings → Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in with PINs comes next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are kept safely on this terminal until the platform is connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s bookings and open tickets will appear here.</source>
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
</TS>
