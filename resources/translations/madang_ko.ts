<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR">
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
    <name>SearchField</name>
    <message>
        <source>Search by name, SKU, barcode or initials (ㄱㅊ)</source>
        <translation>이름, SKU, 바코드, 초성(ㄱㅊ)으로 검색</translation>
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
        <source>Who is the owner?</source>
        <translation>대표자는 누구인가요?</translation>
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