<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR">
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Manager approval</source>
        <translation>관리자 승인</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>AuditListModel</name>
    <message>
        <source>This terminal</source>
        <translation>이 단말기</translation>
    </message>
    <message>
        <source>staff: %1</source>
        <translation>직원: %1</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>로그인 거부</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>잠김</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>잠금 해제</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>로그아웃</translation>
    </message>
    <message>
        <source>Manager approved</source>
        <translation>관리자 승인</translation>
    </message>
    <message>
        <source>Approval refused</source>
        <translation>승인 거부</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>설정 변경</translation>
    </message>
    <message>
        <source>Left kiosk mode</source>
        <translation>키오스크 모드 종료</translation>
    </message>
    <message>
        <source>Privileged action</source>
        <translation>권한 작업</translation>
    </message>
    <message>
        <source>Terminal set up</source>
        <translation>단말기 설정</translation>
    </message>
    <message>
        <source>Chain intact: %1 entries, all hashes match.</source>
        <translation>체인 정상: 기록 %1건, 모든 해시가 일치합니다.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Audit details may hold text, whole numbers, true/false, lists and objects, but not fractions.</source>
        <translation>감사 기록의 세부 정보에는 글자, 정수, 참/거짓, 목록, 객체만 넣을 수 있고 소수는 넣을 수 없습니다.</translation>
    </message>
    <message>
        <source>An audit entry needs an action.</source>
        <translation>감사 기록에는 작업 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>The clock gave no valid time for the audit entry.</source>
        <translation>시계가 감사 기록에 쓸 올바른 시각을 주지 않았습니다.</translation>
    </message>
    <message>
        <source>Reading the audit trail</source>
        <translation>감사 기록 읽기</translation>
    </message>
    <message>
        <source>Writing audit entry %1</source>
        <translation>감사 기록 %1 쓰기</translation>
    </message>
    <message>
        <source>%1 has no audit trail: it was written by a Madang older than the audit trail.</source>
        <translation>%1에는 감사 기록이 없습니다. 감사 기록이 생기기 전의 마당에서 만든 파일입니다.</translation>
    </message>
    <message>
        <source>Entry %1 is out of sequence: entries are numbered from 1.</source>
        <translation>기록 %1의 순번이 맞지 않습니다. 기록은 1부터 매겨집니다.</translation>
    </message>
    <message>
        <source>The trail starts at entry %1 instead of 1: the first entries were deleted.</source>
        <translation>기록이 1이 아니라 %1부터 시작합니다. 앞쪽 기록이 삭제되었습니다.</translation>
    </message>
    <message>
        <source>Entry %1 follows entry %2: the entries between them were deleted.</source>
        <translation>기록 %1이(가) 기록 %2 바로 뒤에 있습니다. 그 사이의 기록이 삭제되었습니다.</translation>
    </message>
    <message>
        <source>Entry 1 does not start the chain: its previous hash is not 64 zeros.</source>
        <translation>기록 1이 체인의 시작이 아닙니다. 이전 해시가 0 64개가 아닙니다.</translation>
    </message>
    <message>
        <source>Entry %1 does not link to entry %2: the chain is broken, so an entry was deleted, inserted or replaced before it.</source>
        <translation>기록 %1이(가) 기록 %2와(과) 이어지지 않습니다. 체인이 끊어졌으므로 그 앞에서 기록이 삭제, 삽입 또는 교체되었습니다.</translation>
    </message>
    <message>
        <source>Entry %1 holds binary data in %2: it was not written by Madang.</source>
        <translation>기록 %1의 %2에 이진 데이터가 있습니다. 마당이 쓴 기록이 아닙니다.</translation>
    </message>
    <message>
        <source>Entry %1 was altered: its hash does not match its contents.</source>
        <translation>기록 %1이(가) 변경되었습니다. 해시가 내용과 일치하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>AuditSettings</name>
    <message>
        <source>All actions</source>
        <translation>모든 작업</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>모든 사람</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>필터 지우기</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>%1 승인</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>%1에 데이터베이스가 없습니다.</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1이(가) 이미 있습니다. 다른 파일 이름을 고르세요.</translation>
    </message>
    <message>
        <source>Cannot start the backup: %1</source>
        <translation>백업을 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>디스크가 가득 찼습니다</translation>
    </message>
    <message>
        <source>The backup failed (%1); no partial file was left.</source>
        <translation>백업에 실패했습니다(%1). 불완전한 파일은 남기지 않았습니다.</translation>
    </message>
    <message>
        <source>The backup copy failed its integrity check: %1</source>
        <translation>백업 사본이 무결성 검사를 통과하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>The name is empty.</source>
        <translation>이름이 비어 있습니다.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>이름이 %1자를 넘습니다.</translation>
    </message>
    <message>
        <source>The SKU is empty.</source>
        <translation>SKU가 비어 있습니다.</translation>
    </message>
    <message>
        <source>The SKU "%1" must be up to %2 letters, digits or symbols without spaces.</source>
        <translation>SKU "%1"은(는) 공백 없이 %2자 이내의 영문, 숫자, 기호여야 합니다.</translation>
    </message>
    <message>
        <source>The price is negative.</source>
        <translation>가격이 음수입니다.</translation>
    </message>
    <message>
        <source>The VAT rate must be between 0% and 100%.</source>
        <translation>부가세율은 0%에서 100% 사이여야 합니다.</translation>
    </message>
    <message>
        <source>The duration must be between 0 and %1 minutes.</source>
        <translation>소요 시간은 0분에서 %1분 사이여야 합니다.</translation>
    </message>
    <message>
        <source>The barcode "%1" must be up to %2 printable characters without spaces.</source>
        <translation>바코드 "%1"은(는) 공백 없이 %2자 이내여야 합니다.</translation>
    </message>
</context>
<context>
    <name>CatalogImport</name>
    <message>
        <source>the file is empty; the first line must be the header %1</source>
        <translation>파일이 비어 있습니다. 첫 줄은 머리글 %1이어야 합니다</translation>
    </message>
    <message>
        <source>unknown column "%1"; expected %2</source>
        <translation>알 수 없는 열 "%1" (사용 가능: %2)</translation>
    </message>
    <message>
        <source>column "%1" appears twice</source>
        <translation>"%1" 열이 두 번 나옵니다</translation>
    </message>
    <message>
        <source>the header has no "%1" column</source>
        <translation>머리글에 "%1" 열이 없습니다</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>필드가 %1개여야 하는데 %2개입니다</translation>
    </message>
    <message>
        <source>sku is empty</source>
        <translation>sku가 비어 있습니다</translation>
    </message>
    <message>
        <source>sku %1 repeats line %2</source>
        <translation>sku %1이(가) %2번째 줄과 중복됩니다</translation>
    </message>
    <message>
        <source>name is empty</source>
        <translation>이름이 비어 있습니다</translation>
    </message>
    <message>
        <source>price: %1</source>
        <translation>가격: %1</translation>
    </message>
    <message>
        <source>vat_rate: %1</source>
        <translation>부가세율: %1</translation>
    </message>
    <message>
        <source>duration_min "%1" must be a whole number of minutes from 0 to %2</source>
        <translation>duration_min "%1"은(는) 0에서 %2 사이의 정수(분)여야 합니다</translation>
    </message>
    <message>
        <source>barcode %1 repeats line %2</source>
        <translation>바코드 %1이(가) %2번째 줄과 중복됩니다</translation>
    </message>
    <message>
        <source>barcode %1 already belongs to item %2</source>
        <translation>바코드 %1은(는) 이미 상품 %2에 쓰이고 있습니다</translation>
    </message>
    <message>
        <source>the file has a header but no items</source>
        <translation>머리글만 있고 상품이 없습니다</translation>
    </message>
    <message>
        <source>price is empty</source>
        <translation>가격이 비어 있습니다</translation>
    </message>
</context>
<context>
    <name>CatalogRepository</name>
    <message>
        <source>Reading the catalog</source>
        <translation>상품 목록 읽기</translation>
    </message>
    <message>
        <source>Reading categories</source>
        <translation>분류 읽기</translation>
    </message>
    <message>
        <source>Creating category %1</source>
        <translation>분류 %1 만들기</translation>
    </message>
    <message>
        <source>The saved item %1 could not be read back.</source>
        <translation>저장한 상품 %1을(를) 다시 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Searching the catalog</source>
        <translation>상품 검색</translation>
    </message>
    <message>
        <source>Counting items</source>
        <translation>상품 수 세기</translation>
    </message>
    <message>
        <source>Reading barcodes</source>
        <translation>바코드 읽기</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>상품 %1: %2</translation>
    </message>
</context>
<context>
    <name>CatalogSearch</name>
    <message>
        <source>Updating the search index</source>
        <translation>검색 색인 갱신</translation>
    </message>
    <message>
        <source>Clearing the search index</source>
        <translation>검색 색인 비우기</translation>
    </message>
    <message>
        <source>Reading items for the search index</source>
        <translation>검색 색인용 상품 읽기</translation>
    </message>
    <message>
        <source>Building the search index</source>
        <translation>검색 색인 만들기</translation>
    </message>
</context>
<context>
    <name>CatalogSettings</name>
    <message>
        <source>Add item</source>
        <translation>상품 추가</translation>
    </message>
    <message>
        <source>%1 matching of %2 items</source>
        <translation>전체 %2개 중 %1개 일치</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>상품 %1개</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>가격</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>부가세</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation>(판매 중지)</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <source>No items match.</source>
        <translation>일치하는 상품이 없습니다.</translation>
    </message>
</context>
<context>
    <name>CatalogWriter</name>
    <message>
        <source>Preparing to save items</source>
        <translation>상품 저장 준비</translation>
    </message>
    <message>
        <source>The SKU %1 is already used by another item.</source>
        <translation>SKU %1은(는) 이미 다른 상품에 쓰이고 있습니다.</translation>
    </message>
    <message>
        <source>The barcode %1 is already used by another item.</source>
        <translation>바코드 %1은(는) 이미 다른 상품에 쓰이고 있습니다.</translation>
    </message>
    <message>
        <source>Saving item %1</source>
        <translation>상품 %1 저장</translation>
    </message>
    <message>
        <source>The item %1 no longer exists.</source>
        <translation>상품 %1이(가) 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>검색 색인 갱신</translation>
    </message>
</context>
<context>
    <name>CheckoutPage</name>
    <message>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <source>No items match.</source>
        <translation>일치하는 상품이 없습니다.</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>주문서</translation>
    </message>
    <message>
        <source>Ringing up tickets, taking payment and printing receipts are coming in a later release. The catalog and its search already work.</source>
        <translation>주문 입력, 결제, 영수증 출력은 다음 릴리스에서 제공됩니다. 상품 목록과 검색은 지금 바로 쓸 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>ComingSoonPage</name>
    <message>
        <source>Coming in a later release.</source>
        <translation>다음 릴리스에서 제공됩니다.</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>no reason given</source>
        <translation>사유 없음</translation>
    </message>
    <message>
        <source>%1 failed (OpenSSL: %2).</source>
        <translation>%1 실패 (OpenSSL: %2).</translation>
    </message>
    <message>
        <source>The key is a %1 key, not an ECDSA P-256 key.</source>
        <translation>이 키는 ECDSA P-256 키가 아니라 %1 키입니다.</translation>
    </message>
    <message>
        <source>The EC key has no named curve; P-256 is required.</source>
        <translation>EC 키에 이름 있는 곡선이 없습니다. P-256이 필요합니다.</translation>
    </message>
    <message>
        <source>The EC key is on curve %1, not P-256 (prime256v1).</source>
        <translation>EC 키의 곡선이 P-256(prime256v1)이 아니라 %1입니다.</translation>
    </message>
    <message>
        <source>Cannot make %1 random bytes.</source>
        <translation>난수 %1바이트를 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Generating random bytes</source>
        <translation>난수 생성</translation>
    </message>
    <message>
        <source>PBKDF2 needs at least one iteration and 1 to %1 output bytes (got %2 and %3).</source>
        <translation>PBKDF2에는 반복 1회 이상과 출력 1~%1바이트가 필요합니다(받은 값: %2, %3).</translation>
    </message>
    <message>
        <source>PBKDF2-HMAC-SHA256</source>
        <translation>PBKDF2-HMAC-SHA256</translation>
    </message>
    <message>
        <source>HMAC-SHA256</source>
        <translation>HMAC-SHA256</translation>
    </message>
    <message>
        <source>Generating a P-256 key pair</source>
        <translation>P-256 키 쌍 생성</translation>
    </message>
    <message>
        <source>The text is not an unencrypted private key in PEM form (OpenSSL: %1).</source>
        <translation>암호화되지 않은 PEM 형식의 개인 키가 아닙니다 (OpenSSL: %1).</translation>
    </message>
    <message>
        <source>Writing the private key</source>
        <translation>개인 키 쓰기</translation>
    </message>
    <message>
        <source>Writing the public key</source>
        <translation>공개 키 쓰기</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>서명</translation>
    </message>
    <message>
        <source>The text is not a public key in PEM form (OpenSSL: %1).</source>
        <translation>PEM 형식의 공개 키가 아닙니다 (OpenSSL: %1).</translation>
    </message>
    <message>
        <source>Verifying a signature</source>
        <translation>서명 확인</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file is not valid UTF-8 text; save it as "CSV UTF-8"</source>
        <translation>파일이 올바른 UTF-8 텍스트가 아닙니다. "CSV UTF-8" 형식으로 저장하세요</translation>
    </message>
    <message>
        <source>a quote appears inside an unquoted field</source>
        <translation>따옴표로 묶지 않은 필드 안에 따옴표가 있습니다</translation>
    </message>
    <message>
        <source>text follows a closing quote</source>
        <translation>닫는 따옴표 뒤에 글자가 있습니다</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>따옴표로 시작한 필드가 닫히지 않았습니다</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database path was given.</source>
        <translation>데이터베이스 경로가 지정되지 않았습니다.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>%1에 데이터베이스가 없습니다.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>폴더 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The database %1 is already open in another program (%2, process %3). Close it first; only one program may write to a terminal's database.</source>
        <translation>데이터베이스 %1을(를) 다른 프로그램(%2, 프로세스 %3)이 이미 열고 있습니다. 먼저 닫으세요. 단말기 데이터베이스에는 한 프로그램만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Cannot create the lock file for %1.</source>
        <translation>%1의 잠금 파일을 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1을(를) 열 수 없습니다</translation>
    </message>
    <message>
        <source>%1 is not a Madang database (%2).</source>
        <translation>%1은(는) 마당 데이터베이스가 아닙니다(%2).</translation>
    </message>
    <message>
        <source>%1 cannot use write-ahead logging.</source>
        <translation>%1에서 WAL 모드를 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>%1: the disk is full. Nothing was saved; free some space and try again.</source>
        <translation>%1: 디스크가 가득 찼습니다. 아무것도 저장되지 않았습니다. 공간을 확보한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Set up the terminal first.</source>
        <translation>먼저 단말기를 설정하세요.</translation>
    </message>
</context>
<context>
    <name>DeviceIdentity</name>
    <message>
        <source>Reading the device identity</source>
        <translation>단말기 ID 읽기</translation>
    </message>
    <message>
        <source>"%1" is not a valid terminal id: use a capital letter, then up to 7 capital letters or digits (for example T1).</source>
        <translation>"%1"은(는) 올바른 단말기 ID가 아닙니다. 영문 대문자 하나 뒤에 대문자나 숫자를 7자까지 쓰세요(예: T1).</translation>
    </message>
    <message>
        <source>This terminal has no device identity yet. Start Madang once normally to create it.</source>
        <translation>이 단말기에는 아직 단말기 ID가 없습니다. 마당을 한 번 정상적으로 실행하면 만들어집니다.</translation>
    </message>
    <message>
        <source>The device row of %1 names the secrets folder "%2", which is not a UUID. Restore the database from a backup.</source>
        <translation>%1의 단말기 정보가 가리키는 비밀 폴더 "%2"가 UUID가 아닙니다. 백업에서 데이터베이스를 복원하세요.</translation>
    </message>
    <message>
        <source>The device key in %1 does not belong to this database (%2): its public key differs from the one recorded at setup. Restore the folder %3 from the backup that belongs to this database; do not delete the database.</source>
        <translation>%1의 단말기 키는 이 데이터베이스(%2)의 것이 아닙니다. 공개 키가 설정 때 기록한 것과 다릅니다. 이 데이터베이스의 백업에서 %3 폴더를 복원하세요. 데이터베이스는 지우지 마세요.</translation>
    </message>
    <message>
        <source>The secrets folder %1 already exists.</source>
        <translation>비밀 폴더 %1이(가) 이미 있습니다.</translation>
    </message>
    <message>
        <source>Saving the device identity</source>
        <translation>단말기 ID 저장</translation>
    </message>
    <message>
        <source>Saving the terminal id</source>
        <translation>단말기 번호 저장</translation>
    </message>
    <message>
        <source>This database has no device row to rename.</source>
        <translation>이 데이터베이스에는 이름을 바꿀 단말기 정보가 없습니다.</translation>
    </message>
</context>
<context>
    <name>GeneralSettings</name>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>사업장</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>업종</translation>
    </message>
    <message>
        <source>Salon</source>
        <translation>미용실</translation>
    </message>
    <message>
        <source>Restaurant</source>
        <translation>식당</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>청소</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>부가세</translation>
    </message>
    <message>
        <source>%1, included in prices</source>
        <translation>%1, 가격에 포함</translation>
    </message>
    <message>
        <source>%1, added to prices</source>
        <translation>%1, 가격에 별도 추가</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>데이터베이스</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>카운터</translation>
    </message>
    <message>
        <source>Sign out after idle (minutes)</source>
        <translation>사용하지 않으면 자동 로그아웃 (분)</translation>
    </message>
    <message>
        <source>Discounts above this need a manager (%)</source>
        <translation>이 비율을 넘는 할인은 관리자 승인 필요 (%)</translation>
    </message>
</context>
<context>
    <name>ItemEditorDialog</name>
    <message>
        <source>Add item</source>
        <translation>상품 추가</translation>
    </message>
    <message>
        <source>Edit item</source>
        <translation>상품 수정</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Price (%1)</source>
        <translation>가격 (%1)</translation>
    </message>
    <message>
        <source>VAT (%)</source>
        <translation>부가세 (%)</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation>소요 시간 (분)</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>바코드</translation>
    </message>
    <message>
        <source>For sale</source>
        <translation>판매 중</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Shown at the counter</source>
        <translation>카운터에 표시</translation>
    </message>
</context>
<context>
    <name>ItemEditorModel</name>
    <message>
        <source>This item no longer exists.</source>
        <translation>이 상품은 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>열린 데이터베이스가 없습니다.</translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation>가격: %1</translation>
    </message>
    <message>
        <source>VAT: %1</source>
        <translation>부가세: %1</translation>
    </message>
    <message>
        <source>Duration: enter whole minutes, for example 45.</source>
        <translation>소요 시간: 45처럼 분 단위 정수로 입력하세요.</translation>
    </message>
</context>
<context>
    <name>Merchant</name>
    <message>
        <source>"%1" is not a VAT rate in percent.</source>
        <translation>"%1"은(는) 퍼센트 단위 부가세율이 아닙니다.</translation>
    </message>
    <message>
        <source>VAT rate %1 is above 100%.</source>
        <translation>부가세율 %1이(가) 100%를 넘습니다.</translation>
    </message>
    <message>
        <source>The business name is empty.</source>
        <translation>상호가 비어 있습니다.</translation>
    </message>
    <message>
        <source>The business name is longer than 80 characters.</source>
        <translation>상호가 80자를 넘습니다.</translation>
    </message>
    <message>
        <source>The VAT rate must be between 0% and 100%.</source>
        <translation>부가세율은 0%에서 100% 사이여야 합니다.</translation>
    </message>
</context>
<context>
    <name>MerchantRepository</name>
    <message>
        <source>Reading the merchant profile</source>
        <translation>사업장 정보 읽기</translation>
    </message>
    <message>
        <source>The owner's name is empty.</source>
        <translation>대표자 이름이 비어 있습니다.</translation>
    </message>
    <message>
        <source>This terminal is already set up.</source>
        <translation>이 단말기는 이미 설정되었습니다.</translation>
    </message>
    <message>
        <source>Saving the merchant profile</source>
        <translation>사업장 정보 저장</translation>
    </message>
    <message>
        <source>This terminal is not set up yet.</source>
        <translation>이 단말기는 아직 설정되지 않았습니다.</translation>
    </message>
    <message>
        <source>Reading staff</source>
        <translation>직원 목록 읽기</translation>
    </message>
    <message>
        <source>The staff member's name is empty.</source>
        <translation>직원 이름이 비어 있습니다.</translation>
    </message>
    <message>
        <source>Saving staff member %1</source>
        <translation>직원 %1 저장</translation>
    </message>
    <message>
        <source>Saving setting %1</source>
        <translation>설정 %1 저장</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation>%1의 스키마 버전을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Madang (schema %2; this version knows up to %3). Install the newer version; the file was not changed.</source>
        <translation>%1은(는) 더 새로운 마당에서 만든 파일입니다(스키마 %2, 이 버전은 %3까지 지원). 새 버전을 설치하세요. 파일은 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Migration %1 failed: %2. The database is unchanged at schema %3.</source>
        <translation>마이그레이션 %1 실패: %2. 데이터베이스는 스키마 %3 그대로입니다.</translation>
    </message>
    <message>
        <source>Recording schema version</source>
        <translation>스키마 버전 기록</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>The amount is too large.</source>
        <translation>금액이 너무 큽니다.</translation>
    </message>
    <message>
        <source>Unsupported currency "%1".</source>
        <translation>지원하지 않는 통화 "%1"입니다.</translation>
    </message>
    <message>
        <source>Cannot combine %1 and %2.</source>
        <translation>%1와(과) %2는 함께 계산할 수 없습니다.</translation>
    </message>
    <message>
        <source>"%1" is not an amount.</source>
        <translation>"%1"은(는) 금액이 아닙니다.</translation>
    </message>
    <message>
        <source>%1 has no minor unit: "%2".</source>
        <translation>%1에는 소수 단위가 없습니다: "%2".</translation>
    </message>
    <message>
        <source>%1 allows %2 decimals: "%3".</source>
        <translation>%1은(는) 소수점 %2자리까지입니다: "%3".</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>An outbox op must be written inside its domain transaction.</source>
        <translation>전송 대기 작업은 해당 데이터와 같은 트랜잭션에서 기록해야 합니다.</translation>
    </message>
    <message>
        <source>Queueing %1</source>
        <translation>%1 전송 대기열에 추가</translation>
    </message>
    <message>
        <source>Reading the outbox</source>
        <translation>전송 대기열 읽기</translation>
    </message>
</context>
<context>
    <name>PinHasher</name>
    <message>
        <source>The stored PIN hash is malformed (%1); set a new PIN for this staff member.</source>
        <translation>저장된 PIN 해시가 잘못되었습니다(%1). 이 직원의 PIN을 새로 정하세요.</translation>
    </message>
    <message>
        <source>expected 4 fields separated by $</source>
        <translation>$로 구분된 4개 필드가 필요합니다</translation>
    </message>
    <message>
        <source>unknown scheme "%1"</source>
        <translation>알 수 없는 방식 "%1"</translation>
    </message>
    <message>
        <source>iteration count must be 1 to %1</source>
        <translation>반복 횟수는 1~%1이어야 합니다</translation>
    </message>
    <message>
        <source>bad salt</source>
        <translation>잘못된 솔트</translation>
    </message>
    <message>
        <source>bad hash</source>
        <translation>잘못된 해시</translation>
    </message>
    <message>
        <source>No device pepper is loaded; PINs cannot be hashed.</source>
        <translation>단말기 페퍼가 없어 PIN을 해시할 수 없습니다.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 6 digits.</source>
        <translation>PIN은 4~6자리 숫자입니다.</translation>
    </message>
    <message>
        <source>The PIN iteration count %1 is outside 1 to %2.</source>
        <translation>PIN 반복 횟수 %1이(가) 1~%2 범위를 벗어납니다.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search by name, SKU, barcode or initials (ㄱㅊ)</source>
        <translation>이름, SKU, 바코드, 초성(ㄱㅊ)으로 검색</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Without it no staff PIN can be checked, and a new pepper would not make the old PINs work.</source>
        <translation>이것이 없으면 직원 PIN을 확인할 수 없고, 새 페퍼로는 기존 PIN이 작동하지 않습니다.</translation>
    </message>
    <message>
        <source>The sales journal and sync requests are signed with this key; a new key would not match them.</source>
        <translation>판매 기록과 동기화 요청은 이 키로 서명됩니다. 새 키는 기존 서명과 맞지 않습니다.</translation>
    </message>
    <message>
        <source>Restore the folder %1 from the backup of this terminal's secrets (the backup that belongs to this database), then start Madang again. Do not delete the database and do not set the terminal up again. %2</source>
        <translation>이 단말기 비밀 정보의 백업(이 데이터베이스와 짝인 백업)에서 %1 폴더를 복원한 뒤 마당을 다시 실행하세요. 데이터베이스를 지우거나 단말기를 다시 설정하지 마세요. %2</translation>
    </message>
    <message>
        <source>%1 already exists; a secret file is never overwritten. If it is stale, move it away by hand after making sure no database still needs it.</source>
        <translation>%1이(가) 이미 있습니다. 비밀 파일은 절대 덮어쓰지 않습니다. 쓰지 않는 파일이라면 어떤 데이터베이스도 필요로 하지 않는지 확인한 뒤 직접 옮기세요.</translation>
    </message>
    <message>
        <source>Cannot create the secrets folder %1 with owner-only access.</source>
        <translation>소유자만 접근할 수 있는 비밀 폴더 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1을(를) 쓸 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>%1 was written but is not owner-only (mode 0600).</source>
        <translation>%1을(를) 썼지만 소유자 전용(모드 0600)이 아닙니다.</translation>
    </message>
    <message>
        <source>The secrets folder %1 of this terminal is missing, so its %2 cannot be read. %3</source>
        <translation>이 단말기의 비밀 폴더 %1이(가) 없어 %2을(를) 읽을 수 없습니다. %3</translation>
    </message>
    <message>
        <source>The %1 file %2 is missing. %3</source>
        <translation>%1 파일 %2이(가) 없습니다. %3</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>일반 파일이 아님</translation>
    </message>
    <message>
        <source>The %1 file %2 cannot be read (%3). Check that it is a file owned by the user that runs Madang. %4</source>
        <translation>%1 파일 %2을(를) 읽을 수 없습니다(%3). 마당을 실행하는 사용자의 파일인지 확인하세요. %4</translation>
    </message>
    <message>
        <source>The %1 file %2 can be read or changed by other users (it must be mode 0600). If nobody else had access, run: chmod 600 '%2' and start again; otherwise treat the secret as leaked and ask support.</source>
        <translation>%1 파일 %2을(를) 다른 사용자가 읽거나 바꿀 수 있습니다(모드 0600이어야 합니다). 다른 사람이 접근한 적이 없다면 chmod 600 '%2'를 실행하고 다시 시작하세요. 그렇지 않다면 비밀이 유출된 것으로 보고 지원팀에 문의하세요.</translation>
    </message>
    <message>
        <source>The %1 file %2 cannot be read (%3). %4</source>
        <translation>%1 파일 %2을(를) 읽을 수 없습니다(%3). %4</translation>
    </message>
    <message>
        <source>The %1 file %2 is corrupted (far too large). %3</source>
        <translation>%1 파일 %2이(가) 손상되었습니다(크기가 너무 큼). %3</translation>
    </message>
    <message>
        <source>PIN pepper</source>
        <translation>PIN 페퍼</translation>
    </message>
    <message>
        <source>The %1 file %2 is corrupted (truncated or changed; it must hold a %3-byte pepper with a matching checksum). %4</source>
        <translation>%1 파일 %2이(가) 손상되었습니다(잘렸거나 바뀜. %3바이트 페퍼와 일치하는 체크섬이 있어야 합니다). %4</translation>
    </message>
    <message>
        <source>device key</source>
        <translation>단말기 키</translation>
    </message>
    <message>
        <source>The %1 file %2 is corrupted: %3 %4</source>
        <translation>%1 파일 %2이(가) 손상되었습니다: %3 %4</translation>
    </message>
</context>
<context>
    <name>SettingsModel</name>
    <message>
        <source>Unknown language "%1".</source>
        <translation>알 수 없는 언어 "%1"입니다.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>General</source>
        <translation>일반</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>상품</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>직원</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>감사 기록</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Welcome to Madang</source>
        <translation>마당에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>%2단계 중 %1단계</translation>
    </message>
    <message>
        <source>What is your business called?</source>
        <translation>상호가 무엇인가요?</translation>
    </message>
    <message>
        <source>e.g. Madang Hair</source>
        <translation>예: 마당 헤어</translation>
    </message>
    <message>
        <source>What kind of business is it?</source>
        <translation>어떤 업종인가요?</translation>
    </message>
    <message>
        <source>Salon</source>
        <translation>미용실</translation>
    </message>
    <message>
        <source>Appointments with stylists and chairs</source>
        <translation>디자이너와 좌석 예약</translation>
    </message>
    <message>
        <source>Restaurant</source>
        <translation>식당</translation>
    </message>
    <message>
        <source>Tables, menu and kitchen orders</source>
        <translation>테이블, 메뉴, 주방 주문</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>청소</translation>
    </message>
    <message>
        <source>Jobs at customers' homes, crews and visits</source>
        <translation>고객 방문 작업, 팀, 정기 방문</translation>
    </message>
    <message>
        <source>Which currency do you charge in?</source>
        <translation>어떤 통화로 받으시나요?</translation>
    </message>
    <message>
        <source>Prices include 10% VAT. You can change the rate per item.</source>
        <translation>가격에는 부가세 10%가 포함됩니다. 상품별로 세율을 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>Owner's name</source>
        <translation>대표자 이름</translation>
    </message>
    <message>
        <source>Fill the catalog with demo items and staff for this kind of business</source>
        <translation>이 업종의 예시 상품과 직원으로 채우기</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>Open the counter</source>
        <translation>카운터 열기</translation>
    </message>
    <message>
        <source>Who is the owner? Choose the PIN they sign in with.</source>
        <translation>대표자는 누구인가요? 로그인할 PIN을 정하세요.</translation>
    </message>
    <message>
        <source>PIN (4–6 digits)</source>
        <translation>PIN (4~6자리 숫자)</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>PIN 다시 입력</translation>
    </message>
</context>
<context>
    <name>SetupWizardModel</name>
    <message>
        <source>Enter the name of your business.</source>
        <translation>상호를 입력하세요.</translation>
    </message>
    <message>
        <source>The business name is longer than 80 characters.</source>
        <translation>상호가 80자를 넘습니다.</translation>
    </message>
    <message>
        <source>Choose what kind of business this is.</source>
        <translation>업종을 고르세요.</translation>
    </message>
    <message>
        <source>Choose a currency.</source>
        <translation>통화를 고르세요.</translation>
    </message>
    <message>
        <source>Enter the owner's name.</source>
        <translation>대표자 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>열린 데이터베이스가 없습니다.</translation>
    </message>
    <message>
        <source>The PIN must be 4 to 6 digits.</source>
        <translation>PIN은 4~6자리 숫자여야 합니다.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>두 PIN이 서로 다릅니다.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation>계산</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>예약</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>주문 내역</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>리포트</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Every stylist's, table's and crew's day at a glance, with bookings from the platform.</source>
        <translation>디자이너, 테이블, 청소팀의 하루 일정과 플랫폼 예약을 한눈에 봅니다.</translation>
    </message>
    <message>
        <source>Finalized sales, refunds and reprints, with their signed journal entries.</source>
        <translation>완료된 판매, 환불, 재출력과 서명된 거래 기록을 봅니다.</translation>
    </message>
    <message>
        <source>Daily totals, VAT per rate and the Z-report for closing a shift.</source>
        <translation>일별 합계, 세율별 부가세, 교대 마감 Z 리포트를 봅니다.</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>직원 전환</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Who is at the counter?</source>
        <translation>누가 카운터에 있나요?</translation>
    </message>
    <message>
        <source>Terminal %1</source>
        <translation>단말기 %1</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>잠김</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>대표</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>직원</translation>
    </message>
    <message>
        <source>Tap your name</source>
        <translation>이름을 누르세요</translation>
    </message>
    <message>
        <source>Too many wrong PINs. A manager or the owner must unlock this account.</source>
        <translation>PIN을 너무 많이 틀렸습니다. 관리자나 대표가 잠금을 풀어야 합니다.</translation>
    </message>
    <message>
        <source>Unlock with a manager's PIN</source>
        <translation>관리자 PIN으로 잠금 해제</translation>
    </message>
    <message>
        <source>Unlock %1</source>
        <translation>%1 잠금 해제</translation>
    </message>
</context>
<context>
    <name>StaffAuth</name>
    <message>
        <source>An approval needs an action and a record.</source>
        <translation>승인에는 작업과 대상이 필요합니다.</translation>
    </message>
    <message>
        <source>Saving an approval</source>
        <translation>승인 저장</translation>
    </message>
    <message>
        <source>This approval is not known. Ask a manager to approve again.</source>
        <translation>알 수 없는 승인입니다. 관리자에게 다시 승인받으세요.</translation>
    </message>
    <message>
        <source>Reading an approval</source>
        <translation>승인 읽기</translation>
    </message>
    <message>
        <source>This approval was already used. Ask a manager to approve again.</source>
        <translation>이미 사용한 승인입니다. 관리자에게 다시 승인받으세요.</translation>
    </message>
    <message>
        <source>This approval was given for another action or record.</source>
        <translation>다른 작업이나 대상에 대한 승인입니다.</translation>
    </message>
    <message numerus="yes">
        <source>This approval has expired (approvals last %n minute(s)). Ask a manager to approve again.</source>
        <translation>
            <numerusform>승인이 만료되었습니다(승인은 %n분 동안 유효합니다). 관리자에게 다시 승인받으세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Using an approval</source>
        <translation>승인 사용</translation>
    </message>
    <message>
        <source>The discount limit must be between 0 and 100 percent.</source>
        <translation>할인 한도는 0~100%여야 합니다.</translation>
    </message>
    <message>
        <source>Reading staff</source>
        <translation>직원 목록 읽기</translation>
    </message>
    <message>
        <source>There is no such staff member.</source>
        <translation>그런 직원이 없습니다.</translation>
    </message>
    <message>
        <source>%1 is no longer active on this terminal.</source>
        <translation>%1은(는) 이 단말기에서 더 이상 활성 상태가 아닙니다.</translation>
    </message>
    <message>
        <source>Only a manager or the owner can approve this.</source>
        <translation>관리자나 대표만 승인할 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 is locked after too many wrong PINs. A manager or the owner must unlock it.</source>
        <translation>%1은(는) PIN을 너무 많이 틀려 잠겼습니다. 관리자나 대표가 잠금을 풀어야 합니다.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>PIN을 너무 많이 틀렸습니다. %n초 뒤에 다시 시도하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no PIN yet. A manager or the owner can set one.</source>
        <translation>%1은(는) 아직 PIN이 없습니다. 관리자나 대표가 정할 수 있습니다.</translation>
    </message>
    <message>
        <source>Saving a failed sign-in</source>
        <translation>로그인 실패 기록</translation>
    </message>
    <message>
        <source>Wrong PIN. %1 is now locked; a manager or the owner must unlock it.</source>
        <translation>PIN이 틀렸습니다. %1이(가) 잠겼습니다. 관리자나 대표가 잠금을 풀어야 합니다.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Try again in %n second(s).</source>
        <translation>
            <numerusform>PIN이 틀렸습니다. %n초 뒤에 다시 시도하세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left.</source>
        <translation>
            <numerusform>PIN이 틀렸습니다. %n번 남았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving a sign-in</source>
        <translation>로그인 기록</translation>
    </message>
    <message>
        <source>Unlocking %1</source>
        <translation>%1 잠금 해제</translation>
    </message>
    <message>
        <source>Checking services</source>
        <translation>서비스 확인</translation>
    </message>
    <message>
        <source>There is no catalog item %1 to offer as a service.</source>
        <translation>서비스로 제공할 상품 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The staff member's name is empty.</source>
        <translation>직원 이름이 비어 있습니다.</translation>
    </message>
    <message>
        <source>Unknown role "%1": use owner, manager or staff.</source>
        <translation>알 수 없는 역할 "%1"입니다. owner, manager, staff 중에서 고르세요.</translation>
    </message>
    <message>
        <source>Only the owner can add another owner.</source>
        <translation>대표만 다른 대표를 추가할 수 있습니다.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 6 digits.</source>
        <translation>PIN은 4~6자리 숫자입니다.</translation>
    </message>
    <message>
        <source>Saving staff member %1</source>
        <translation>직원 %1 저장</translation>
    </message>
    <message>
        <source>Only the owner can change an owner or make someone an owner.</source>
        <translation>대표만 대표 정보를 바꾸거나 누군가를 대표로 지정할 수 있습니다.</translation>
    </message>
    <message>
        <source>Checking the owners</source>
        <translation>대표 확인</translation>
    </message>
    <message>
        <source>The terminal needs at least one active owner.</source>
        <translation>단말기에는 활성 상태인 대표가 한 명 이상 있어야 합니다.</translation>
    </message>
    <message>
        <source>Only the owner can set an owner's PIN.</source>
        <translation>대표의 PIN은 대표만 정할 수 있습니다.</translation>
    </message>
    <message>
        <source>Saving the PIN of %1</source>
        <translation>%1의 PIN 저장</translation>
    </message>
</context>
<context>
    <name>StaffEditorDialog</name>
    <message>
        <source>Add staff</source>
        <translation>직원 추가</translation>
    </message>
    <message>
        <source>Edit staff</source>
        <translation>직원 수정</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>직원</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>대표</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>새 PIN</translation>
    </message>
    <message>
        <source>4–6 digits</source>
        <translation>4~6자리 숫자</translation>
    </message>
    <message>
        <source>Leave empty to keep the current PIN</source>
        <translation>비워 두면 현재 PIN을 유지합니다</translation>
    </message>
    <message>
        <source>Works here</source>
        <translation>근무</translation>
    </message>
    <message>
        <source>Active (can sign in)</source>
        <translation>활성 (로그인 가능)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>서비스</translation>
    </message>
</context>
<context>
    <name>StaffSettings</name>
    <message>
        <source>%1 people</source>
        <translation>%1명</translation>
    </message>
    <message>
        <source>Add staff</source>
        <translation>직원 추가</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>대표</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>직원</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>잠김</translation>
    </message>
    <message>
        <source>No PIN</source>
        <translation>PIN 없음</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>비활성</translation>
    </message>
</context>
<context>
    <name>StartupError</name>
    <message>
        <source>Madang cannot start</source>
        <translation>마당을 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Salon</source>
        <translation>미용실</translation>
    </message>
    <message>
        <source>Restaurant</source>
        <translation>식당</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>청소</translation>
    </message>
    <message>
        <source>Catalog items</source>
        <translation>등록 상품</translation>
    </message>
    <message>
        <source>Edit them in Settings → Catalog</source>
        <translation>설정 → 상품에서 수정</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>직원</translation>
    </message>
    <message>
        <source>Sign-in with PINs comes next</source>
        <translation>PIN 로그인은 다음에 제공됩니다</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>동기화 대기</translation>
    </message>
    <message>
        <source>Changes are kept safely on this terminal until the platform is connected</source>
        <translation>플랫폼에 연결될 때까지 변경 사항을 이 단말기에 안전하게 보관합니다</translation>
    </message>
    <message>
        <source>Today's bookings and open tickets will appear here.</source>
        <translation>오늘의 예약과 진행 중인 주문이 여기에 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Starting a transaction</source>
        <translation>트랜잭션 시작</translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation>열린 트랜잭션이 없습니다.</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>저장</translation>
    </message>
</context>
</TS>