<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AmountDialog</name>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Reason (e.g. change from the bank, supplier paid)</source>
        <translation>사유 (예: 은행 잔돈 교환, 거래처 대금)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>ApplierSet</name>
    <message>
        <source>&quot;%1&quot; version %2 is not an op this terminal knows; nothing was applied.</source>
        <translation>&quot;%1&quot; 버전 %2: 이 단말기가 모르는 작업입니다. 아무것도 반영하지 않았습니다.</translation>
    </message>
    <message>
        <source>This terminal cannot apply &quot;%1&quot; yet; nothing was applied.</source>
        <translation>&quot;%1&quot;: 이 단말기는 아직 반영할 수 없습니다. 아무것도 반영하지 않았습니다.</translation>
    </message>
    <message>
        <source>The payload of &quot;%1&quot; (op %2) is empty or not JSON; nothing was applied.</source>
        <translation>&quot;%1&quot;(작업 %2)의 내용이 비어 있거나 JSON이 아닙니다. 아무것도 반영하지 않았습니다.</translation>
    </message>
    <message>
        <source>Op %1 carries &quot;%2&quot;, which is not a sync clock reading; nothing was applied.</source>
        <translation>변경 %1에 담긴 &quot;%2&quot;은(는) 동기화 시계 값이 아닙니다. 아무것도 적용하지 않았습니다.</translation>
    </message>
</context>
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
    <name>ArrivalsModel</name>
    <message>
        <source>No-show?</source>
        <translation>노쇼?</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>지각</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>예정</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>워크인</translation>
    </message>
    <message numerus="yes">
        <source>Party of %n</source>
        <translation>
            <numerusform>%n명</numerusform>
        </translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>테이블 %1</translation>
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
    <message numerus="yes">
        <source>The audit trail is whole: %n entries, none changed or removed.</source>
        <translation>
            <numerusform>감사 기록 %n건이 모두 그대로 있습니다. 바뀌거나 지워진 기록이 없습니다.</numerusform>
        </translation>
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
        <translation>기록 1이 감사 기록의 처음과 맞지 않습니다. 처음 부분이 바뀌었습니다.</translation>
    </message>
    <message>
        <source>Entry %1 does not link to entry %2: the chain is broken, so an entry was deleted, inserted or replaced before it.</source>
        <translation>기록 %1이(가) 기록 %2 다음에 쓴 것과 다릅니다. 그 앞에서 기록이 지워졌거나, 끼워졌거나, 바뀌었습니다.</translation>
    </message>
    <message>
        <source>Entry %1 holds binary data in %2: it was not written by Madang.</source>
        <translation>기록 %1의 %2에 이진 데이터가 있습니다. 마당이 쓴 기록이 아닙니다.</translation>
    </message>
    <message>
        <source>Entry %1 was altered: its hash does not match its contents.</source>
        <translation>기록 %1의 내용이 쓴 뒤에 바뀌었습니다.</translation>
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
    <name>Availability</name>
    <message>
        <source>There is no staff member with the id &quot;%1&quot;.</source>
        <translation>ID가 &quot;%1&quot;인 직원이 없습니다.</translation>
    </message>
    <message>
        <source>The time range %1-%2 ends before it starts.</source>
        <translation>시간 범위 %1-%2는 시작보다 먼저 끝납니다.</translation>
    </message>
    <message>
        <source>The time range %1-%2 minutes is not within one day.</source>
        <translation>시간 범위 %1-%2분이 하루 안에 있지 않습니다.</translation>
    </message>
    <message>
        <source>The service %1 has a negative number of minutes.</source>
        <translation>서비스 %1의 시간(분)이 음수입니다.</translation>
    </message>
    <message>
        <source>The service %1 takes no time.</source>
        <translation>서비스 %1의 소요 시간이 없습니다.</translation>
    </message>
    <message>
        <source>The service %1 is longer than a day.</source>
        <translation>서비스 %1이(가) 하루보다 깁니다.</translation>
    </message>
    <message>
        <source>The step of %1 minutes is not between 1 and 1440.</source>
        <translation>%1분 간격은 1에서 1440 사이여야 합니다.</translation>
    </message>
    <message>
        <source>The date is not valid.</source>
        <translation>날짜가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>The requested start is not a time of the day.</source>
        <translation>요청한 시작 시각이 하루 중의 시각이 아닙니다.</translation>
    </message>
    <message>
        <source>%1 is outside %2&apos;s working hours.</source>
        <translation>%1은(는) %2의 근무 시간이 아닙니다.</translation>
    </message>
    <message>
        <source>The slot is taken: %1 is busy at %2.</source>
        <translation>이미 예약된 시간입니다: %1은(는) %2에 일정이 있습니다.</translation>
    </message>
    <message>
        <source>The slot is taken: no %1 is free at %2.</source>
        <translation>이미 예약된 시간입니다: %2에 비어 있는 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>%1 does not do %2.</source>
        <translation>%1 님은 %2 서비스를 하지 않습니다.</translation>
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
    <name>Booking</name>
    <message>
        <source>Requested</source>
        <translation>요청됨</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>확정</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>도착</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>노쇼</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>동기화 대기</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>충돌</translation>
    </message>
</context>
<context>
    <name>BookingBlock</name>
    <message>
        <source>processing</source>
        <translation>방치 시간</translation>
    </message>
</context>
<context>
    <name>BookingCalendarModel</name>
    <message>
        <source>Walk-in</source>
        <translation>워크인</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>%1 주</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>휴무</translation>
    </message>
    <message>
        <source>Drop the booking on a column.</source>
        <translation>예약을 열 위에 놓으세요.</translation>
    </message>
    <message>
        <source>That booking no longer exists.</source>
        <translation>그 예약은 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>The day is over; book the walk-in for tomorrow.</source>
        <translation>오늘 영업이 끝났습니다. 내일로 예약하세요.</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>휴게</translation>
    </message>
    <message>
        <source>%1 is off that day: nothing can be booked.</source>
        <translation>%1: 그날은 휴무라 예약할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 is on a break at %2: pick another time.</source>
        <translation>%1: %2에는 휴게 시간입니다. 다른 시간을 고르세요.</translation>
    </message>
    <message>
        <source>%1 does not work at %2: pick a time inside the working hours.</source>
        <translation>%1: %2에는 근무하지 않습니다. 근무 시간 안에서 고르세요.</translation>
    </message>
</context>
<context>
    <name>BookingCard</name>
    <message>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>예약 경로</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>예약금</translation>
    </message>
    <message>
        <source>%1, credited at checkout</source>
        <translation>%1 (결제 시 차감)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>출입</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>★ Shared by the customer</source>
        <translation>★ 고객이 공유한 정보</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier visit(s): </source>
        <translation>
            <numerusform>이전 방문 %n회: </numerusform>
        </translation>
    </message>
    <message>
        <source>Why is it cancelled?</source>
        <translation>취소 사유를 입력하세요</translation>
    </message>
    <message>
        <source>Confirm cancel</source>
        <translation>취소 확정</translation>
    </message>
    <message>
        <source>No-show fee</source>
        <translation>노쇼 수수료</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>노쇼</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>예약 취소</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>도착 확인</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>반복</translation>
    </message>
    <message>
        <source>Cancel this and all following</source>
        <translation>이번 및 이후 모두 취소</translation>
    </message>
    <message>
        <source>This time for all following</source>
        <translation>이후 방문도 이 시간으로</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>결제로 이동</translation>
    </message>
    <message>
        <source>shared %1 since %2</source>
        <translation>%1 · %2부터 공유</translation>
    </message>
</context>
<context>
    <name>BookingCardModel</name>
    <message>
        <source>Prefers</source>
        <translation>선호 디자이너</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>알레르기</translation>
    </message>
    <message>
        <source>Playlist</source>
        <translation>플레이리스트</translation>
    </message>
    <message>
        <source>Wishes</source>
        <translation>요청 사항</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>워크인</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>카운터</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Through the app</source>
        <translation>앱 예약</translation>
    </message>
    <message>
        <source>Visit %1 of %2 in a repeating series</source>
        <translation>반복 예약 %2회 중 %1회차</translation>
    </message>
    <message>
        <source>for bookings</source>
        <translation>예약용</translation>
    </message>
    <message>
        <source>during visits</source>
        <translation>방문 시 이용</translation>
    </message>
</context>
<context>
    <name>BookingService</name>
    <message>
        <source>Reading bookings</source>
        <translation>예약 읽기</translation>
    </message>
    <message>
        <source>That is not a valid date.</source>
        <translation>올바른 날짜가 아닙니다.</translation>
    </message>
    <message>
        <source>That is not a valid date and time.</source>
        <translation>올바른 날짜와 시간이 아닙니다.</translation>
    </message>
    <message>
        <source>A booking must end after it starts.</source>
        <translation>예약은 시작 후에 끝나야 합니다.</translation>
    </message>
    <message>
        <source>%1-%2 on %3 crosses a daylight-saving change; book it before or after.</source>
        <translation>%3 %1-%2는 서머타임 전환에 걸칩니다. 그 전이나 후로 예약하세요.</translation>
    </message>
    <message>
        <source>That booking does not exist.</source>
        <translation>그 예약이 없습니다.</translation>
    </message>
    <message>
        <source>Nobody on the team does %1.</source>
        <translation>%1 서비스를 하는 직원이 없습니다.</translation>
    </message>
    <message>
        <source>Nobody who does %1 is free at %2.</source>
        <translation>%2에 %1 서비스를 할 수 있는 직원이 없습니다.</translation>
    </message>
    <message>
        <source>Recording the booking&apos;s history</source>
        <translation>예약 이력 기록</translation>
    </message>
    <message>
        <source>A new booking cannot start as &quot;%1&quot;.</source>
        <translation>새 예약은 &quot;%1&quot; 상태로 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>A deposit must be between nothing and the price.</source>
        <translation>예약금은 0원부터 가격 사이여야 합니다.</translation>
    </message>
    <message>
        <source>Reading the customer</source>
        <translation>고객 읽기</translation>
    </message>
    <message>
        <source>That customer does not exist.</source>
        <translation>그 고객이 없습니다.</translation>
    </message>
    <message>
        <source>Saving the booking</source>
        <translation>예약 저장</translation>
    </message>
    <message>
        <source>A booking that is %1 cannot be moved.</source>
        <translation>%1 상태의 예약은 옮길 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 cannot be shorter than its work and processing time.</source>
        <translation>%1은(는) 작업과 방치 시간보다 짧을 수 없습니다.</translation>
    </message>
    <message>
        <source>Moving the booking</source>
        <translation>예약 이동</translation>
    </message>
    <message>
        <source>A booking that is %1 cannot become %2.</source>
        <translation>%1 상태의 예약은 %2(으)로 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>Cancel, no-show and complete have their own steps.</source>
        <translation>취소, 노쇼, 완료는 각각의 단계로 처리하세요.</translation>
    </message>
    <message>
        <source>Say why the booking is cancelled.</source>
        <translation>예약 취소 사유를 입력하세요.</translation>
    </message>
    <message>
        <source>A no-show fee must be between nothing and the price.</source>
        <translation>노쇼 수수료는 0원부터 가격 사이여야 합니다.</translation>
    </message>
    <message>
        <source>Visit %1 of %2 (%3): %4</source>
        <translation>%2회 중 %1회차 (%3): %4</translation>
    </message>
    <message>
        <source>That booking is not part of a repeating series.</source>
        <translation>그 예약은 반복 예약이 아닙니다.</translation>
    </message>
    <message>
        <source>Saving the series</source>
        <translation>반복 예약 저장</translation>
    </message>
    <message>
        <source>Reading the crews</source>
        <translation>청소팀 읽기</translation>
    </message>
    <message>
        <source>This job is for one person; drop it on a staff column.</source>
        <translation>한 사람이 맡은 작업입니다. 직원 칸에 놓으세요.</translation>
    </message>
    <message>
        <source>This is a crew job; drop it on a crew&apos;s column.</source>
        <translation>팀 작업입니다. 팀 칸에 놓으세요.</translation>
    </message>
    <message>
        <source>%1 is more than %2 years ahead: bookings can be made up to %3.</source>
        <translation>%1: %2년보다 먼 날짜입니다. 예약은 %3까지 할 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 %2 is in the past: a booking may start at most %3 hours ago (to record a walk-in after the fact), so no earlier than %4.</source>
        <translation>%1 %2: 이미 지난 시각입니다. 예약은 최대 %3시간 전까지(방문 후 기록용)만 잡을 수 있으니 %4 이후로 잡으세요.</translation>
    </message>
    <message>
        <source>%1 does not exist on %2 in %3: the clocks go forward then.</source>
        <translation>%3 기준 %2에는 %1 시각이 없습니다. 그때 시계가 앞당겨집니다.</translation>
    </message>
    <message>
        <source>note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>access note</source>
        <translation>출입 메모</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Reading the series</source>
        <translation>반복 예약 읽기</translation>
    </message>
    <message>
        <source>Visit %1 of the series is not on this terminal; the series was not applied.</source>
        <translation>반복 예약의 %1번째 방문이 이 단말기에 없습니다. 반복 예약을 반영하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>BookingsPage</name>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) need another staff member</source>
        <translation>
            <numerusform>담당자를 바꿔야 할 예약 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Day</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>주</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>워크인</translation>
    </message>
    <message>
        <source>Nobody can be booked yet: give staff their services and working hours.</source>
        <translation>아직 예약할 수 있는 직원이 없습니다. 직원에게 서비스와 근무 시간을 지정하세요.</translation>
    </message>
    <message>
        <source>Job now</source>
        <translation>바로 접수</translation>
    </message>
</context>
<context>
    <name>BulkIndexer</name>
    <message>
        <source>Writing the search index</source>
        <translation>검색 색인 쓰기</translation>
    </message>
    <message>
        <source>Opening the search index %1</source>
        <translation>검색 색인 %1 열기</translation>
    </message>
    <message>
        <source>Saving the search index</source>
        <translation>검색 색인 저장</translation>
    </message>
    <message>
        <source>The search index was not saved.</source>
        <translation>검색 색인이 저장되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>CanonicalJson</name>
    <message>
        <source>Canonical JSON holds whole numbers only, never fractions.</source>
        <translation>정규 JSON에는 정수만 넣을 수 있고 소수는 넣을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>The name is empty.</source>
        <translation>이름이 비어 있습니다.</translation>
    </message>
    <message>
        <source>The SKU is empty.</source>
        <translation>SKU가 비어 있습니다.</translation>
    </message>
    <message>
        <source>The SKU &quot;%1&quot; must be up to %2 letters, digits or symbols without spaces.</source>
        <translation>SKU &quot;%1&quot;은(는) 공백 없이 %2자 이내의 영문, 숫자, 기호여야 합니다.</translation>
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
        <source>The barcode &quot;%1&quot; must be up to %2 printable characters without spaces.</source>
        <translation>바코드 &quot;%1&quot;은(는) 공백 없이 %2자 이내여야 합니다.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>category</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>price</source>
        <translation>가격</translation>
    </message>
    <message>
        <source>barcode</source>
        <translation>바코드</translation>
    </message>
</context>
<context>
    <name>CatalogImport</name>
    <message>
        <source>the file is empty; the first line must be the header %1</source>
        <translation>파일이 비어 있습니다. 첫 줄은 머리글 %1이어야 합니다</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;; expected %2</source>
        <translation>알 수 없는 열 &quot;%1&quot; (사용 가능: %2)</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; appears twice</source>
        <translation>&quot;%1&quot; 열이 두 번 나옵니다</translation>
    </message>
    <message>
        <source>the header has no &quot;%1&quot; column</source>
        <translation>머리글에 &quot;%1&quot; 열이 없습니다</translation>
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
        <source>duration_min &quot;%1&quot; must be a whole number of minutes from 0 to %2</source>
        <translation>duration_min &quot;%1&quot;은(는) 0에서 %2 사이의 정수(분)여야 합니다</translation>
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
    <message>
        <source>price</source>
        <translation>가격</translation>
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
    <message>
        <source>The catalog&apos;s search index is out of date and could not be rebuilt. Restart the terminal to rebuild it.</source>
        <translation>상품 검색 색인이 최신이 아니며 다시 만들 수 없습니다. 단말기를 다시 시작하면 색인을 다시 만듭니다.</translation>
    </message>
    <message>
        <source>Reading the catalog&apos;s indexes</source>
        <translation>카탈로그 색인 읽기</translation>
    </message>
    <message>
        <source>Preparing the catalog for a big import</source>
        <translation>대량 가져오기를 위해 카탈로그 준비</translation>
    </message>
    <message>
        <source>Indexing the imported items</source>
        <translation>가져온 상품 색인 만들기</translation>
    </message>
    <message>
        <source>category</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>The payload of &quot;%1&quot; has no id; nothing was applied.</source>
        <translation>&quot;%1&quot;의 내용에 ID가 없습니다. 아무것도 반영하지 않았습니다.</translation>
    </message>
    <message>
        <source>A category needs a name.</source>
        <translation>분류 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>There is already another category called %1.</source>
        <translation>같은 이름의 분류가 이미 있습니다: %1</translation>
    </message>
    <message>
        <source>The category of %1 is not in the catalog yet.</source>
        <translation>상품 %1: 분류가 아직 상품 목록에 없습니다.</translation>
    </message>
    <message>
        <source>Row %1 of &quot;%2&quot; does not have one value per column; nothing was applied.</source>
        <translation>&quot;%2&quot;의 %1번째 행: 열마다 값이 하나씩 있지 않습니다. 아무것도 반영하지 않았습니다.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>%1번째 행: %2</translation>
    </message>
    <message>
        <source>Row %1 of &quot;%2&quot; repeats item %3; nothing was applied.</source>
        <translation>&quot;%2&quot;의 %1번째 행에 같은 상품이 다시 나옵니다(%3). 아무것도 반영하지 않았습니다.</translation>
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
    <name>CheckoutModel</name>
    <message>
        <source>Unknown kind of discount &quot;%1&quot;.</source>
        <translation>알 수 없는 할인 종류 &quot;%1&quot;입니다.</translation>
    </message>
    <message>
        <source>A discount cannot be negative.</source>
        <translation>할인은 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>Add an item before a discount.</source>
        <translation>할인 전에 상품을 먼저 추가하세요.</translation>
    </message>
    <message>
        <source>the whole ticket</source>
        <translation>주문서 전체</translation>
    </message>
    <message>
        <source>A discount of %1 on %2 is above the %3% limit.</source>
        <translation>%2에 대한 %1 할인은 한도 %3%를 넘습니다.</translation>
    </message>
    <message>
        <source>No discount is waiting for approval.</source>
        <translation>승인을 기다리는 할인이 없습니다.</translation>
    </message>
    <message>
        <source>There is nothing to hold.</source>
        <translation>보류할 주문이 없습니다.</translation>
    </message>
    <message>
        <source>Held at %1</source>
        <translation>%1 보류</translation>
    </message>
    <message>
        <source>Hold or clear the current ticket first.</source>
        <translation>현재 주문서를 먼저 보류하거나 비우세요.</translation>
    </message>
    <message>
        <source>VAT %1</source>
        <translation>부가세 %1</translation>
    </message>
    <message>
        <source>That line is no longer on the ticket.</source>
        <translation>그 항목은 더 이상 주문서에 없습니다.</translation>
    </message>
    <message>
        <source>This item is not for sale.</source>
        <translation>판매하지 않는 상품입니다.</translation>
    </message>
    <message>
        <source>Scan or type a barcode.</source>
        <translation>바코드를 스캔하거나 입력하세요.</translation>
    </message>
    <message>
        <source>No item has the barcode %1.</source>
        <translation>바코드 %1에 해당하는 상품이 없습니다.</translation>
    </message>
    <message>
        <source>A note can have at most %1 characters.</source>
        <translation>메모는 %1자까지 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>The tip must be between 0 and 100 percent.</source>
        <translation>팁은 0~100%여야 합니다.</translation>
    </message>
    <message>
        <source>The tip cannot be negative.</source>
        <translation>팁은 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>Add an item before a tip.</source>
        <translation>팁 전에 상품을 먼저 추가하세요.</translation>
    </message>
    <message>
        <source>That booking no longer exists.</source>
        <translation>그 예약은 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>Check the customer in before checking out the booking.</source>
        <translation>예약을 결제하기 전에 도착 확인을 하세요.</translation>
    </message>
    <message>
        <source>That customer is not on file.</source>
        <translation>등록되지 않은 고객입니다.</translation>
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
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>옵션</translation>
    </message>
</context>
<context>
    <name>CrewAvailability</name>
    <message>
        <source>The date is not valid.</source>
        <translation>올바른 날짜가 아닙니다.</translation>
    </message>
    <message>
        <source>The duration of %1 minutes is not between 1 and 1440.</source>
        <translation>%1분은 1분에서 1440분 사이가 아닙니다.</translation>
    </message>
    <message>
        <source>The job has no address.</source>
        <translation>작업 주소가 없습니다.</translation>
    </message>
    <message>
        <source>There is no crew with the id &quot;%1&quot;.</source>
        <translation>ID가 &quot;%1&quot;인 팀이 없습니다.</translation>
    </message>
    <message>
        <source>Crew %1 has no members.</source>
        <translation>%1에 팀원이 없습니다.</translation>
    </message>
    <message>
        <source>Crew %1 lists &quot;%2&quot;, who is not a staff member.</source>
        <translation>%1의 &quot;%2&quot;은(는) 직원이 아닙니다.</translation>
    </message>
    <message>
        <source>There is no van with the id &quot;%1&quot;.</source>
        <translation>ID가 &quot;%1&quot;인 차량이 없습니다.</translation>
    </message>
    <message>
        <source>%1 is off on %2.</source>
        <translation>%1 님은 %2에 휴무입니다.</translation>
    </message>
    <message>
        <source>%1 is outside %2&apos;s working hours.</source>
        <translation>%1은(는) %2 님의 근무 시간이 아닙니다.</translation>
    </message>
    <message>
        <source>Crew %1 already has a job at %2 from %3 to %4.</source>
        <translation>%1은(는) %3부터 %4까지 %2에서 작업이 있습니다.</translation>
    </message>
    <message>
        <source>Crew %1 needs %2 min to travel from %3; the previous job ends at %4.</source>
        <translation>%1은(는) %3에서 이동하는 데 %2분이 필요합니다. 이전 작업은 %4에 끝납니다.</translation>
    </message>
    <message>
        <source>Crew %1 needs %2 min to travel to %3; the next job starts at %4.</source>
        <translation>%1은(는) %3까지 이동하는 데 %2분이 필요합니다. 다음 작업은 %4에 시작합니다.</translation>
    </message>
    <message>
        <source>The slot is taken: %1 is busy %2.</source>
        <translation>이미 예약된 시간입니다: %1 님이 %2 바쁩니다.</translation>
    </message>
    <message>
        <source>The slot is taken: the van %1 is busy %2.</source>
        <translation>이미 예약된 시간입니다: 차량 %1이(가) %2 사용 중입니다.</translation>
    </message>
    <message>
        <source>The slot is taken.</source>
        <translation>이미 예약된 시간입니다.</translation>
    </message>
    <message>
        <source>A travel time is negative.</source>
        <translation>이동 시간이 음수입니다.</translation>
    </message>
    <message>
        <source>The step of %1 minutes is not between 1 and 1440.</source>
        <translation>간격 %1분은 1분에서 1440분 사이가 아닙니다.</translation>
    </message>
    <message>
        <source>The requested start is not a time of the day.</source>
        <translation>요청한 시작 시각이 하루 안의 시각이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>CrewEditorDialog</name>
    <message>
        <source>Edit crew</source>
        <translation>팀 편집</translation>
    </message>
    <message>
        <source>Add crew</source>
        <translation>팀 추가</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>팀원</translation>
    </message>
    <message>
        <source>%1 (lead)</source>
        <translation>%1 (팀장)</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>차량</translation>
    </message>
    <message>
        <source>No van</source>
        <translation>차량 없음</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
</context>
<context>
    <name>CrewRepository</name>
    <message>
        <source>A crew needs a name.</source>
        <translation>청소팀에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>A crew needs at least one member.</source>
        <translation>청소팀에는 한 명 이상이 필요합니다.</translation>
    </message>
    <message>
        <source>A member is listed twice.</source>
        <translation>같은 팀원이 두 번 들어 있습니다.</translation>
    </message>
    <message>
        <source>A crew member is not on the team.</source>
        <translation>팀원 중에 직원 목록에 없는 사람이 있습니다.</translation>
    </message>
    <message>
        <source>Reading the stations</source>
        <translation>장비 읽기</translation>
    </message>
    <message>
        <source>There is no such van.</source>
        <translation>그런 차량이 없습니다.</translation>
    </message>
    <message>
        <source>A crew drives a van, not a %1.</source>
        <translation>청소팀에는 차량을 지정하세요. %1은(는) 차량이 아닙니다.</translation>
    </message>
    <message>
        <source>Saving the crew</source>
        <translation>청소팀 저장</translation>
    </message>
    <message>
        <source>There is already a crew called %1.</source>
        <translation>%1이라는 청소팀이 이미 있습니다.</translation>
    </message>
    <message>
        <source>There is no such crew.</source>
        <translation>그런 청소팀이 없습니다.</translation>
    </message>
    <message>
        <source>Reading the crews</source>
        <translation>청소팀 읽기</translation>
    </message>
    <message>
        <source>There is no crew called %1.</source>
        <translation>%1이라는 청소팀이 없습니다.</translation>
    </message>
    <message>
        <source>A drive is between two addresses and 0 to 600 minutes.</source>
        <translation>이동 시간은 두 주소 사이의 0~600분입니다.</translation>
    </message>
    <message>
        <source>Saving the travel time</source>
        <translation>이동 시간 저장</translation>
    </message>
    <message>
        <source>Reading the travel times</source>
        <translation>이동 시간 읽기</translation>
    </message>
    <message>
        <source>A drive is between two different addresses.</source>
        <translation>이동 시간은 서로 다른 두 주소 사이에 둡니다.</translation>
    </message>
    <message>
        <source>crew name</source>
        <translation>청소팀 이름</translation>
    </message>
    <message>
        <source>address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Crew %1 is not on this terminal; it was not retired.</source>
        <translation>청소팀 %1의 정보가 이 단말기에 없습니다. 해체하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>CrewSettings</name>
    <message>
        <source>Crews</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Add crew</source>
        <translation>팀 추가</translation>
    </message>
    <message>
        <source>No crews yet: jobs are booked for one person at a time.</source>
        <translation>아직 팀이 없습니다. 작업은 한 사람씩 예약됩니다.</translation>
    </message>
    <message>
        <source>No van</source>
        <translation>차량 없음</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>편집</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Vans</source>
        <translation>차량</translation>
    </message>
    <message>
        <source>Van name, e.g. 3호차</source>
        <translation>차량 이름 (예: 3호차)</translation>
    </message>
    <message>
        <source>Add van</source>
        <translation>차량 추가</translation>
    </message>
    <message>
        <source>Driving times</source>
        <translation>이동 시간</translation>
    </message>
    <message>
        <source>Between addresses not listed, a crew needs %1 min.</source>
        <translation>목록에 없는 주소 사이는 %1분이 걸리는 것으로 봅니다.</translation>
    </message>
    <message>
        <source>%1 ↔ %2: %3 min</source>
        <translation>%1 ↔ %2: %3분</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>출발 주소</translation>
    </message>
    <message>
        <source>To address</source>
        <translation>도착 주소</translation>
    </message>
    <message>
        <source>min</source>
        <translation>분</translation>
    </message>
    <message>
        <source>Save drive</source>
        <translation>이동 시간 저장</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>의자·룸</translation>
    </message>
    <message>
        <source>Name, e.g. 의자 5</source>
        <translation>이름 (예: 의자 5)</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>의자</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>룸</translation>
    </message>
    <message>
        <source>Basin</source>
        <translation>샴푸대</translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
</context>
<context>
    <name>CrewsModel</name>
    <message>
        <source>Enter the drive in whole minutes, for example 40.</source>
        <translation>이동 시간을 분 단위 정수로 입력하세요 (예: 40).</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>의자</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>룸</translation>
    </message>
    <message>
        <source>Basin</source>
        <translation>샴푸대</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>차량</translation>
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
    <message>
        <source>Signing failed: the key could not be prepared for signing.</source>
        <translation>서명하지 못했습니다: 서명에 쓸 키를 준비하지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file is not valid UTF-8 text; save it as &quot;CSV UTF-8&quot;</source>
        <translation>파일이 올바른 UTF-8 텍스트가 아닙니다. &quot;CSV UTF-8&quot; 형식으로 저장하세요</translation>
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
    <name>CustomerDialog</name>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Phone number, its last 4 digits, or name</source>
        <translation>전화번호, 뒤 4자리 또는 이름</translation>
    </message>
    <message>
        <source>Type a number or a name.</source>
        <translation>번호나 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>No customer on file matches. Their first booking adds them.</source>
        <translation>일치하는 고객이 없습니다. 첫 예약을 하면 등록됩니다.</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>고객 지정 안 함</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>CustomerRepository</name>
    <message>
        <source>The shared profile was not imported: %1</source>
        <translation>공유 프로필을 가져오지 않았습니다: %1</translation>
    </message>
    <message>
        <source>&quot;fields&quot; must be a list.</source>
        <translation>&quot;fields&quot;는 목록이어야 합니다.</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation>%1번째 항목</translation>
    </message>
    <message>
        <source>%1 has no valid name (lowercase letters, digits and _).</source>
        <translation>%1의 이름이 올바르지 않습니다 (소문자, 숫자, _).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice.</source>
        <translation>&quot;%1&quot;이(가) 두 번 있습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no consent scope.</source>
        <translation>&quot;%1&quot;에 동의 범위가 없습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs consented_at as ISO 8601 with an offset.</source>
        <translation>&quot;%1&quot;의 consented_at은 시간대가 있는 ISO 8601 형식이어야 합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>&quot;%1&quot;은(는) 전화번호가 아닙니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a leading 0 (national) or + (international).</source>
        <translation>&quot;%1&quot;은(는) 0(국내) 또는 +(국제)로 시작해야 합니다.</translation>
    </message>
    <message>
        <source>%1 is already %2&apos;s number.</source>
        <translation>%1은(는) 이미 %2 님의 번호입니다.</translation>
    </message>
    <message>
        <source>Saving the customer</source>
        <translation>고객 저장</translation>
    </message>
    <message>
        <source>That customer does not exist.</source>
        <translation>그 고객이 없습니다.</translation>
    </message>
    <message>
        <source>Reading the customer</source>
        <translation>고객 읽기</translation>
    </message>
    <message>
        <source>Searching customers</source>
        <translation>고객 검색</translation>
    </message>
    <message>
        <source>Reading the shared profile</source>
        <translation>공유 프로필 읽기</translation>
    </message>
    <message>
        <source>it is not a JSON object (%1 at byte %2).</source>
        <translation>JSON 객체가 아닙니다 (%2바이트에서 %1).</translation>
    </message>
    <message>
        <source>it is not a madang.shared-profile version 1 document.</source>
        <translation>madang.shared-profile 버전 1 문서가 아닙니다.</translation>
    </message>
    <message>
        <source>the customer needs a platform_id and a name.</source>
        <translation>고객에게 platform_id와 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>Saving the shared profile</source>
        <translation>공유 프로필 저장</translation>
    </message>
    <message>
        <source>it lists %1 fields; the maximum is %2.</source>
        <translation>항목이 %1개입니다. 최대 %2개까지입니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty value.</source>
        <translation>&quot;%1&quot;의 값이 비어 있습니다.</translation>
    </message>
    <message>
        <source>value of &quot;%1&quot;</source>
        <translation>&quot;%1&quot;의 값</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has the consent scope &quot;%2&quot;; the known scopes are %3.</source>
        <translation>&quot;%1&quot;의 동의 범위 &quot;%2&quot;: 알 수 없는 범위입니다. 가능한 범위: %3.</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>(읽을 수 없음)</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>A customer needs a name.</source>
        <translation>고객 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>customer&apos;s name</source>
        <translation>고객 이름</translation>
    </message>
    <message>
        <source>customer note</source>
        <translation>고객 메모</translation>
    </message>
    <message>
        <source>platform id</source>
        <translation>플랫폼 ID</translation>
    </message>
    <message>
        <source>platform_id</source>
        <translation>platform_id</translation>
    </message>
    <message>
        <source>The shared profile was not imported: the phone number %1 belongs to %2, who is linked to another platform customer (%3).</source>
        <translation>공유 프로필을 가져오지 않았습니다. 전화번호 %1의 주인은 다른 플랫폼 고객(%3)과 연결된 %2 님입니다.</translation>
    </message>
    <message>
        <source>The payload of &quot;%1&quot; has no id; nothing was applied.</source>
        <translation>&quot;%1&quot;의 내용에 ID가 없습니다. 아무것도 반영하지 않았습니다.</translation>
    </message>
    <message>
        <source>Search for at most %1 characters: a name or a phone number.</source>
        <translation>이름이나 전화번호로 %1자까지 검색하세요.</translation>
    </message>
</context>
<context>
    <name>CustomerText</name>
    <message>
        <source>A customer no longer on file</source>
        <translation>등록 정보가 없는 고객</translation>
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
    <message>
        <source>Checking %1</source>
        <translation>%1 검사</translation>
    </message>
    <message>
        <source>Reading the schema version</source>
        <translation>스키마 버전 읽기</translation>
    </message>
    <message>
        <source>Could not back up %1 before upgrading it, so it was left as it was: %2</source>
        <translation>업그레이드 전에 %1을(를) 백업하지 못해 그대로 두었습니다: %2</translation>
    </message>
    <message>
        <source>Backed up %1 (schema %2) to %3 before upgrading it to schema %4.</source>
        <translation>%1(스키마 %2)을(를) 스키마 %4(으)로 업그레이드하기 전에 %3에 백업했습니다.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file; give the path of a file in it, e.g. %1/madang.db.</source>
        <translation>%1: 데이터베이스 파일이 아니라 폴더입니다. 그 안의 파일 경로를 주세요(예: %1/madang.db).</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1, where the database %2 keeps its lock and write-ahead log.</source>
        <translation>폴더 %1에 쓸 수 없습니다. 데이터베이스 %2의 잠금 파일과 로그 파일이 이 폴더에 있어야 합니다.</translation>
    </message>
    <message>
        <source>The database %1 is read-only (its file permissions do not allow writing); this needs to write to it.</source>
        <translation>데이터베이스 %1: 읽기 전용입니다(파일 권한상 쓸 수 없음). 이 작업에는 쓰기 권한이 필요합니다.</translation>
    </message>
</context>
<context>
    <name>DatabaseLock</name>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>%1, process %2 on %3</source>
        <translation>%1, %3의 프로세스 %2</translation>
    </message>
    <message>
        <source>%1, process %2</source>
        <translation>%1, 프로세스 %2</translation>
    </message>
    <message>
        <source>The database %1 is already open in another program (%2). Close it first; only one program may write to a terminal&apos;s database.</source>
        <translation>데이터베이스 %1: 이미 다른 프로그램(%2)에서 열려 있습니다. 먼저 닫으세요. 단말기 데이터베이스에는 한 프로그램만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1: there is no permission to write in %2.</source>
        <translation>잠금 파일을 만들 수 없습니다: %1. %2에 쓸 권한이 없습니다.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1: the disk is full. Free some space and try again.</source>
        <translation>잠금 파일을 만들 수 없습니다: %1. 디스크가 가득 찼습니다. 공간을 비우고 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation>잠금 파일을 만들 수 없습니다: %1.</translation>
    </message>
    <message>
        <source>The database %1 is locked by %2, which could not be taken over.</source>
        <translation>데이터베이스 %1: 잠금 파일 %2의 잠금을 넘겨받을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>DaysOffDialog</name>
    <message>
        <source>Days off: %1</source>
        <translation>휴무일: %1</translation>
    </message>
    <message>
        <source>Reason (holiday, sick…)</source>
        <translation>사유 (휴가, 병가…)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>등록</translation>
    </message>
    <message>
        <source>No days off ahead.</source>
        <translation>예정된 휴무일이 없습니다.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>DaysOffModel</name>
    <message>
        <source>Choose a staff member first.</source>
        <translation>먼저 직원을 고르세요.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as 2026-12-24.</source>
        <translation>&quot;%1&quot;은(는) 날짜가 아닙니다. 2026-12-24처럼 입력하세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) on %1 now need someone else; the calendar lists them.</source>
        <translation>
            <numerusform>%1의 예약 %n건을 다른 직원이 맡아야 합니다. 예약 화면에 표시됩니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Set up the terminal first.</source>
        <translation>먼저 단말기를 설정하세요.</translation>
    </message>
    <message>
        <source>Madang Hair</source>
        <translation>마당 헤어</translation>
    </message>
    <message>
        <source>Madang Kitchen</source>
        <translation>마당 식당</translation>
    </message>
    <message>
        <source>Madang Clean</source>
        <translation>마당 클린</translation>
    </message>
</context>
<context>
    <name>DeviceIdentity</name>
    <message>
        <source>Reading the device identity</source>
        <translation>단말기 ID 읽기</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid terminal id: use a capital letter, then up to 7 capital letters or digits (for example T1).</source>
        <translation>&quot;%1&quot;은(는) 올바른 단말기 ID가 아닙니다. 영문 대문자 하나 뒤에 대문자나 숫자를 7자까지 쓰세요(예: T1).</translation>
    </message>
    <message>
        <source>This terminal has no device identity yet. Start Madang once normally to create it.</source>
        <translation>이 단말기에는 아직 단말기 ID가 없습니다. 마당을 한 번 정상적으로 실행하면 만들어집니다.</translation>
    </message>
    <message>
        <source>The device row of %1 names the secrets folder &quot;%2&quot;, which is not a UUID. Restore the database from a backup.</source>
        <translation>%1의 단말기 정보가 가리키는 비밀 폴더 &quot;%2&quot;가 UUID가 아닙니다. 백업에서 데이터베이스를 복원하세요.</translation>
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
    <message>
        <source>%1 has no device identity yet, so no public key to check signatures with.</source>
        <translation>%1에는 아직 기기 ID가 없어 서명을 확인할 공개 키가 없습니다.</translation>
    </message>
</context>
<context>
    <name>FloorEditor</name>
    <message>
        <source>‹ Done</source>
        <translation>‹ 완료</translation>
    </message>
    <message>
        <source>Edit floor</source>
        <translation>홀 편집</translation>
    </message>
    <message>
        <source>+ Area</source>
        <translation>+ 구역</translation>
    </message>
    <message>
        <source>Rename area</source>
        <translation>구역 이름 변경</translation>
    </message>
    <message>
        <source>+ Add table</source>
        <translation>+ 테이블 추가</translation>
    </message>
    <message>
        <source>Tap a table to change it. Drag it to move it.</source>
        <translation>테이블을 누르면 수정하고, 끌면 옮깁니다.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>좌석 수</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>가로</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>세로</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>사각형</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>원형</translation>
    </message>
    <message>
        <source>Remove table</source>
        <translation>테이블 삭제</translation>
    </message>
    <message>
        <source>Rename the area</source>
        <translation>구역 이름 변경</translation>
    </message>
    <message>
        <source>New area</source>
        <translation>새 구역</translation>
    </message>
    <message>
        <source>e.g. 2층, Terrace</source>
        <translation>예: 2층, 테라스</translation>
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
        <source>Pushes together with (group)</source>
        <translation>붙여 쓰는 테이블 묶음</translation>
    </message>
    <message>
        <source>None: stands alone</source>
        <translation>없음: 따로 사용</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>묶음 순서</translation>
    </message>
</context>
<context>
    <name>FloorModel</name>
    <message>
        <source>Add an area first.</source>
        <translation>먼저 구역을 추가하세요.</translation>
    </message>
    <message>
        <source>There is no such table.</source>
        <translation>그런 테이블이 없습니다.</translation>
    </message>
    <message>
        <source>There is no such area.</source>
        <translation>그런 구역이 없습니다.</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>착석</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>주문 완료</translation>
    </message>
    <message>
        <source>Bill printed</source>
        <translation>계산서 출력</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>빈 테이블</translation>
    </message>
    <message>
        <source>Enter between 1 and %1 guests.</source>
        <translation>인원은 1~%1명으로 입력하세요.</translation>
    </message>
    <message>
        <source>A group name is at most %1 characters.</source>
        <translation>묶음 이름은 %1자까지입니다.</translation>
    </message>
    <message>
        <source>The place in the group is 1 to %1.</source>
        <translation>묶음 안의 순서는 1부터 %1까지입니다.</translation>
    </message>
</context>
<context>
    <name>FloorPage</name>
    <message>
        <source>%1 of %2 tables taken · %3 guests</source>
        <translation>테이블 %2개 중 %1개 사용 중 · %3명</translation>
    </message>
    <message>
        <source>Edit floor</source>
        <translation>홀 편집</translation>
    </message>
    <message>
        <source>Tap a table to open it · hold it to move or merge</source>
        <translation>테이블을 누르면 열기 · 길게 누르면 이동/합석</translation>
    </message>
    <message>
        <source>No tables in this area yet. A manager can add them with Edit floor.</source>
        <translation>이 구역에는 아직 테이블이 없습니다. 관리자가 홀 편집에서 추가할 수 있습니다.</translation>
    </message>
    <message>
        <source>Takeaway</source>
        <translation>포장 주문</translation>
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
    <name>GuestsDialog</name>
    <message>
        <source>Table %1: how many guests?</source>
        <translation>테이블 %1: 몇 명인가요?</translation>
    </message>
    <message>
        <source>More:</source>
        <translation>그 이상:</translation>
    </message>
    <message>
        <source>Seat %1</source>
        <translation>%1명 착석</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>HeldTicketsDialog</name>
    <message>
        <source>Tickets on hold</source>
        <translation>보류 주문</translation>
    </message>
    <message>
        <source>Name (optional): table, customer…</source>
        <translation>이름 (선택): 테이블, 고객…</translation>
    </message>
    <message>
        <source>Hold this ticket</source>
        <translation>이 주문 보류</translation>
    </message>
    <message>
        <source>Hold or clear the open ticket before taking one back.</source>
        <translation>보류 주문을 불러오기 전에 현재 주문서를 보류하거나 비우세요.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n line(s)</source>
        <translation>
            <numerusform>%1 · %n개 항목</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>불러오기</translation>
    </message>
    <message>
        <source>No tickets on hold.</source>
        <translation>보류 주문이 없습니다.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>HybridClock</name>
    <message>
        <source>Reading the sync clock</source>
        <translation>동기화 시계 읽기</translation>
    </message>
    <message>
        <source>Saving the sync clock</source>
        <translation>동기화 시계 저장</translation>
    </message>
    <message>
        <source>The sync clock moves only inside the write&apos;s transaction.</source>
        <translation>동기화 시계는 쓰기 트랜잭션 안에서만 움직입니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sync clock reading (MMMMMMMMMMMMMMM-CCCCC).</source>
        <translation>&quot;%1&quot;은(는) 동기화 시계 값(MMMMMMMMMMMMMMM-CCCCC)이 아닙니다.</translation>
    </message>
    <message>
        <source>Reading which change holds %1</source>
        <translation>%1을(를) 가진 변경 읽기</translation>
    </message>
    <message>
        <source>Recording which change holds %1</source>
        <translation>%1을(를) 가진 변경 기록</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1바이트</translation>
    </message>
    <message>
        <source>%1 is a folder, not a %2.</source>
        <translation>%1: %2 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <source>Cannot read %1: there is no such file.</source>
        <translation>읽을 수 없습니다: %1 파일이 없습니다.</translation>
    </message>
    <message>
        <source>%1 is larger than %2, the most a %3 may be.</source>
        <translation>%1: %2보다 큽니다. %3 파일은 최대 %2까지입니다.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>읽을 수 없습니다: %1 (%2)</translation>
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
    <message>
        <source>Booking</source>
        <translation>예약</translation>
    </message>
    <message>
        <source>Processing gap</source>
        <translation>방치 시간</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>마무리</translation>
    </message>
    <message>
        <source>Buffer before</source>
        <translation>준비 시간</translation>
    </message>
    <message>
        <source>Buffer after</source>
        <translation>정리 시간</translation>
    </message>
</context>
<context>
    <name>ItemEditorModel</name>
    <message>
        <source>This item no longer exists.</source>
        <translation>이 상품은 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>Processing gap</source>
        <translation>방치 시간</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>마무리</translation>
    </message>
    <message>
        <source>Buffer before</source>
        <translation>준비 시간</translation>
    </message>
    <message>
        <source>Buffer after</source>
        <translation>정리 시간</translation>
    </message>
    <message>
        <source>%1: enter whole minutes from 0 to %2.</source>
        <translation>%1: 0분부터 %2분까지 정수로 입력하세요.</translation>
    </message>
    <message>
        <source>Only a service with a duration has a processing gap, a finish or buffers.</source>
        <translation>소요 시간이 있는 시술만 방치 시간, 마무리, 준비·정리 시간을 가질 수 있습니다.</translation>
    </message>
    <message>
        <source>The processing gap and the finish must leave time for the work: together less than %1 min.</source>
        <translation>방치 시간과 마무리를 합쳐 %1분보다 짧아야 시술할 시간이 남습니다.</translation>
    </message>
    <message>
        <source>A finish comes after a processing gap; without a gap, put its minutes in the duration.</source>
        <translation>마무리는 방치 시간 뒤에 합니다. 방치 시간이 없으면 그 시간을 소요 시간에 넣으세요.</translation>
    </message>
    <message>
        <source>Enter whole minutes, for example 45.</source>
        <translation>분 단위 정수로 입력하세요. 예: 45</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>entry %1 is missing (found %2 instead)</source>
        <translation>기록 %1이(가) 없습니다(대신 %2이(가) 있음)</translation>
    </message>
    <message>
        <source>entry %1 is out of order or repeated</source>
        <translation>기록 %1의 순서가 맞지 않거나 중복되었습니다</translation>
    </message>
    <message>
        <source>it does not link to the entry before it (an entry was removed, inserted or replaced)</source>
        <translation>이전 기록과 이어지지 않습니다(기록이 삭제, 삽입 또는 교체됨)</translation>
    </message>
    <message>
        <source>its contents do not match its hash (the entry was altered)</source>
        <translation>내용이 해시와 일치하지 않습니다(기록이 변경됨)</translation>
    </message>
    <message>
        <source>its signature is not in canonical base64 (the entry was altered)</source>
        <translation>서명이 정규 base64 형식이 아닙니다(기록이 변경됨)</translation>
    </message>
    <message>
        <source>its signature cannot be checked: %1</source>
        <translation>서명을 확인할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>its signature is not the device&apos;s (the hash was recomputed after a change)</source>
        <translation>이 단말기의 서명이 아닙니다(변경 후 해시를 다시 계산함)</translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>JSON 객체가 아닙니다 (%1)</translation>
    </message>
    <message>
        <source>seq, total_minor, receipt or body is missing or malformed</source>
        <translation>seq, total_minor, receipt, body 중 빠졌거나 잘못된 값이 있습니다</translation>
    </message>
    <message>
        <source>%1 is missing or not text</source>
        <translation>%1이(가) 없거나 텍스트가 아닙니다</translation>
    </message>
    <message>
        <source>it has fields that a journal entry does not have</source>
        <translation>거래 기록에 없는 필드가 있습니다</translation>
    </message>
    <message>
        <source>it is not in canonical form (it was edited)</source>
        <translation>정규 형식이 아닙니다(수정됨)</translation>
    </message>
    <message>
        <source>Journal entries are written inside the sale&apos;s transaction.</source>
        <translation>거래 기록은 판매와 같은 트랜잭션에서 기록해야 합니다.</translation>
    </message>
    <message>
        <source>Unknown journal entry type %1.</source>
        <translation>알 수 없는 거래 기록 유형 %1입니다.</translation>
    </message>
    <message>
        <source>Reading the journal</source>
        <translation>거래 기록 읽기</translation>
    </message>
    <message>
        <source>A journal entry holds whole numbers only.</source>
        <translation>거래 기록에는 정수만 넣을 수 있습니다.</translation>
    </message>
    <message>
        <source>Signing the journal entry: %1</source>
        <translation>거래 기록 서명: %1</translation>
    </message>
    <message>
        <source>Writing the journal</source>
        <translation>거래 기록 쓰기</translation>
    </message>
    <message>
        <source>Writing the export: %1</source>
        <translation>내보내기 파일 쓰기: %1</translation>
    </message>
    <message>
        <source>its body is not stored in canonical form (the entry was altered)</source>
        <translation>본문이 정규 형식으로 저장되어 있지 않습니다(기록이 변경됨)</translation>
    </message>
    <message>
        <source>A journal entry&apos;s body must be a JSON object.</source>
        <translation>저널 항목의 본문은 JSON 객체여야 합니다.</translation>
    </message>
    <message>
        <source>the line is longer than %1 bytes (16 MiB), the most one journal entry may take</source>
        <translation>한 줄이 %1바이트(16 MiB)보다 깁니다. 거래 기록 한 건은 그보다 길 수 없습니다</translation>
    </message>
    <message>
        <source>Comparing the journal with the orders</source>
        <translation>거래 기록과 주문 대조</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>환불</translation>
    </message>
    <message>
        <source>void</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>sale</source>
        <translation>판매</translation>
    </message>
    <message>
        <source>the %1 %2 has no journal entry (entry %3 is missing)</source>
        <translation>%1 %2의 거래 기록이 없습니다(%3번 기록이 없음)</translation>
    </message>
    <message>
        <source>the %1 %2 names entry %3, which records something else</source>
        <translation>%1 %2의 %3번 기록에는 다른 내용이 들어 있습니다</translation>
    </message>
    <message>
        <source>the Z-report %1 has no journal entry (entry %2 is missing)</source>
        <translation>마감 정산(Z) %1의 거래 기록이 없습니다(%2번 기록이 없음)</translation>
    </message>
    <message>
        <source>the Z-report %1 names entry %2, which records something else</source>
        <translation>마감 정산(Z) %1의 %2번 기록에는 다른 내용이 들어 있습니다</translation>
    </message>
    <message>
        <source>entry %1 (a closure) has no Z-report (it was removed)</source>
        <translation>%1번 기록(마감)에 해당하는 마감 정산이 없습니다(삭제됨)</translation>
    </message>
    <message>
        <source>entry %1 (a reprint of %2) names an order that does not exist</source>
        <translation>%1번 기록(%2 재발행)이 없는 주문을 가리킵니다</translation>
    </message>
    <message>
        <source>entry %1 (the %2 %3) has no order (it was removed)</source>
        <translation>%1번 기록(%2 %3)에 해당하는 주문이 없습니다(삭제됨)</translation>
    </message>
    <message>
        <source>the receipt counter of %1 is at %2 but %3 orders carry its numbers (orders and their entries were removed)</source>
        <translation>%1의 영수증 번호는 %2까지 발행되었지만 그 번호를 가진 주문은 %3건입니다(주문과 기록이 삭제됨)</translation>
    </message>
    <message>
        <source>the %1 %2 carries this terminal&apos;s receipt number but no journal entry, as if another terminal had sold it</source>
        <translation>%1 %2: 이 단말기의 영수증 번호인데 저널 항목이 없습니다(다른 단말기가 판매한 것처럼 되어 있음)</translation>
    </message>
</context>
<context>
    <name>Kitchen</name>
    <message>
        <source>NEW</source>
        <translation>신규</translation>
    </message>
    <message>
        <source>CHANGED</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>CANCEL</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>테이블 %1</translation>
    </message>
    <message>
        <source>%1 · course %2 · %3</source>
        <translation>%1 · 코스 %2 · %3</translation>
    </message>
</context>
<context>
    <name>KitchenLogDialog</name>
    <message>
        <source>Kitchen log</source>
        <translation>주방 전송 내역</translation>
    </message>
    <message>
        <source>Nothing was sent from this screen yet.</source>
        <translation>이 화면에서 아직 전송한 내역이 없습니다.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>LedgerSummary</name>
    <message>
        <source>Summing up the orders, payments and bookings</source>
        <translation>주문, 결제, 예약 합계 내기</translation>
    </message>
</context>
<context>
    <name>LineEditorDialog</name>
    <message>
        <source>Discount on the ticket</source>
        <translation>주문서 할인</translation>
    </message>
    <message>
        <source>Enter the discount as a number.</source>
        <translation>할인은 숫자로 입력하세요.</translation>
    </message>
    <message>
        <source>Note for the kitchen or the stylist</source>
        <translation>주방/디자이너 메모</translation>
    </message>
    <message>
        <source>e.g. less spicy</source>
        <translation>예: 덜 맵게</translation>
    </message>
    <message>
        <source>Discount (above %1% needs a manager)</source>
        <translation>할인 (%1% 초과 시 관리자 승인)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>비율</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Remove from the ticket</source>
        <translation>주문서에서 삭제</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>적용</translation>
    </message>
</context>
<context>
    <name>Merchant</name>
    <message>
        <source>&quot;%1&quot; is not a VAT rate in percent.</source>
        <translation>&quot;%1&quot;은(는) 퍼센트 단위 부가세율이 아닙니다.</translation>
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
        <source>The VAT rate must be between 0% and 100%.</source>
        <translation>부가세율은 0%에서 100% 사이여야 합니다.</translation>
    </message>
    <message>
        <source>business name</source>
        <translation>상호</translation>
    </message>
    <message>
        <source>business registration number</source>
        <translation>사업자등록번호</translation>
    </message>
</context>
<context>
    <name>MerchantRepository</name>
    <message>
        <source>Reading the merchant profile</source>
        <translation>사업장 정보 읽기</translation>
    </message>
    <message>
        <source>The owner&apos;s name is empty.</source>
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
        <source>The staff member&apos;s name is empty.</source>
        <translation>직원 이름이 비어 있습니다.</translation>
    </message>
    <message>
        <source>Saving setting %1</source>
        <translation>설정 %1 저장</translation>
    </message>
    <message>
        <source>owner&apos;s name</source>
        <translation>대표 이름</translation>
    </message>
    <message>
        <source>staff member&apos;s name</source>
        <translation>직원 이름</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of business this terminal knows; nothing was applied.</source>
        <translation>&quot;%1&quot;: 이 단말기가 모르는 업종입니다. 아무것도 반영하지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 does a service (%2) that is not in this terminal&apos;s catalog; nothing was applied.</source>
        <translation>%1: 이 단말기의 상품 목록에 없는 서비스(%2)가 있습니다. 아무것도 반영하지 않았습니다.</translation>
    </message>
    <message>
        <source>Staff member %1 (%2) is not on this terminal; nothing was applied.</source>
        <translation>직원 %1(%2)의 정보가 이 단말기에 없습니다. 아무것도 반영하지 않았습니다.</translation>
    </message>
    <message>
        <source>This change would leave the terminal without an active owner; nothing was applied.</source>
        <translation>이렇게 바꾸면 단말기에 활성 상태의 사장님이 없게 됩니다. 아무것도 반영하지 않았습니다.</translation>
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
    <message>
        <source>Cannot pause foreign keys for the migration.</source>
        <translation>마이그레이션 동안 외래 키 검사를 멈출 수 없습니다.</translation>
    </message>
    <message>
        <source>Checking foreign keys after the migration</source>
        <translation>마이그레이션 후 외래 키 확인</translation>
    </message>
    <message>
        <source>The migration to schema %1 left a row of %2 naming a missing row of %3. The database is unchanged at schema %4.</source>
        <translation>스키마 %1 마이그레이션 뒤 %2 테이블의 행이 없는 %3 테이블 행을 가리킵니다. 데이터베이스는 스키마 %4 그대로입니다.</translation>
    </message>
</context>
<context>
    <name>ModifierChoiceModel</name>
    <message numerus="yes">
        <source>Choose %n</source>
        <translation>
            <numerusform>%n개 선택</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Optional, up to %n</source>
        <translation>
            <numerusform>선택 사항, 최대 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose %1–%2</source>
        <translation>%1~%2개 선택</translation>
    </message>
    <message>
        <source>This item is not in the catalog.</source>
        <translation>상품 목록에 없는 상품입니다.</translation>
    </message>
</context>
<context>
    <name>ModifierDialog</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Add · %1</source>
        <translation>추가 · %1</translation>
    </message>
</context>
<context>
    <name>ModifierRepository</name>
    <message>
        <source>An option group needs a name.</source>
        <translation>옵션 그룹에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>%1: add at least one option.</source>
        <translation>%1: 옵션을 하나 이상 추가하세요.</translation>
    </message>
    <message>
        <source>%1: the number of choices must be between 0 and the number of options, with at least one allowed.</source>
        <translation>%1: 선택 개수는 0에서 옵션 개수 사이여야 하고, 최소 하나는 고를 수 있어야 합니다.</translation>
    </message>
    <message>
        <source>%1: every option needs a name and a price of 0 or more.</source>
        <translation>%1: 모든 옵션에는 이름과 0 이상의 가격이 필요합니다.</translation>
    </message>
    <message>
        <source>Saving the option group %1</source>
        <translation>옵션 그룹 %1 저장</translation>
    </message>
    <message>
        <source>Saving the item&apos;s options</source>
        <translation>상품 옵션 저장</translation>
    </message>
    <message>
        <source>Reading the item&apos;s options</source>
        <translation>상품 옵션 읽기</translation>
    </message>
    <message>
        <source>option group&apos;s name</source>
        <translation>옵션 그룹 이름</translation>
    </message>
    <message>
        <source>price of %1</source>
        <translation>%1 가격</translation>
    </message>
    <message>
        <source>option&apos;s name</source>
        <translation>옵션 이름</translation>
    </message>
    <message>
        <source>Item %1 is not in this terminal&apos;s catalog; its options were not applied.</source>
        <translation>상품 %1의 정보가 이 단말기의 상품 목록에 없습니다. 옵션을 반영하지 않았습니다.</translation>
    </message>
    <message>
        <source>Option group %1 is not on this terminal; the item&apos;s options were not applied.</source>
        <translation>옵션 그룹 %1의 정보가 이 단말기에 없습니다. 상품의 옵션을 반영하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>The amount is too large.</source>
        <translation>금액이 너무 큽니다.</translation>
    </message>
    <message>
        <source>Unsupported currency &quot;%1&quot;.</source>
        <translation>지원하지 않는 통화 &quot;%1&quot;입니다.</translation>
    </message>
    <message>
        <source>Cannot combine %1 and %2.</source>
        <translation>%1와(과) %2는 함께 계산할 수 없습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>&quot;%1&quot;은(는) 금액이 아닙니다.</translation>
    </message>
    <message>
        <source>%1 has no minor unit: &quot;%2&quot;.</source>
        <translation>%1 금액은 소수점 없이 입력하세요: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 allows %2 decimals: &quot;%3&quot;.</source>
        <translation>%1은(는) 소수점 %2자리까지입니다: &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is over the maximum of %2.</source>
        <translation>금액 &quot;%1&quot;: 최대 한도 %2보다 큽니다.</translation>
    </message>
    <message>
        <source>The %1 %2 cannot be negative.</source>
        <translation>%1 %2: 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>The %1 %2 is over the maximum of %3.</source>
        <translation>%1 %2: 최대 한도 %3보다 큽니다.</translation>
    </message>
    <message>
        <source>%1: the quantity %2 is out of range (1 to %3).</source>
        <translation>%1: 수량은 1~%3이어야 합니다(입력: %2).</translation>
    </message>
</context>
<context>
    <name>NewBookingDialog</name>
    <message>
        <source>Choose a service.</source>
        <translation>서비스를 고르세요.</translation>
    </message>
    <message>
        <source>Walk-in now</source>
        <translation>지금 워크인</translation>
    </message>
    <message>
        <source>The first free staff member who does the service takes it.</source>
        <translation>그 서비스를 할 수 있는 첫 번째 빈 직원이 맡습니다.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n분</numerusform>
        </translation>
    </message>
    <message>
        <source>Phone (010-1234-5678)</source>
        <translation>전화번호 (010-1234-5678)</translation>
    </message>
    <message>
        <source>Name (new customers)</source>
        <translation>이름 (새 고객)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Start walk-in</source>
        <translation>워크인 시작</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>예약</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>한 번</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>매주</translation>
    </message>
    <message>
        <source>Every 2 weeks</source>
        <translation>격주</translation>
    </message>
    <message>
        <source>Monthly, same weekday</source>
        <translation>매월 같은 요일</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n회</numerusform>
        </translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Access notes (door code, parking)</source>
        <translation>출입 안내 (현관 비밀번호, 주차)</translation>
    </message>
    <message>
        <source>New booking</source>
        <translation>새 예약</translation>
    </message>
</context>
<context>
    <name>NewBookingModel</name>
    <message>
        <source>Any crew</source>
        <translation>팀 무관</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>담당자 무관</translation>
    </message>
    <message>
        <source>%1 does not do %2: choose someone who does, or anyone.</source>
        <translation>%2: %1 님이 맡지 않는 서비스입니다. 맡는 직원이나 ‘담당자 무관’을 고르세요.</translation>
    </message>
    <message>
        <source>Choose a service to see its free times.</source>
        <translation>서비스를 고르면 예약 가능한 시간이 나옵니다.</translation>
    </message>
    <message>
        <source>Type the address: the free times count the driving between jobs.</source>
        <translation>주소를 입력하세요. 작업 사이 이동 시간을 따져 빈 시간을 보여 드립니다.</translation>
    </message>
    <message>
        <source>Nothing is free on %1.</source>
        <translation>%1에는 예약 가능한 시간이 없습니다.</translation>
    </message>
    <message>
        <source>Next free: %1, from %2</source>
        <translation>다음 빈 날: %1, %2부터</translation>
    </message>
    <message>
        <source>Nothing is free on %1, nor in the %2 days after.</source>
        <translation>%1에도, 그 뒤 %2일 동안에도 예약 가능한 시간이 없습니다.</translation>
    </message>
    <message>
        <source>Choose a service.</source>
        <translation>서비스를 고르세요.</translation>
    </message>
    <message>
        <source>Pick one of the free times.</source>
        <translation>예약 가능한 시간 중 하나를 고르세요.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a way to repeat.</source>
        <translation>반복 방식이 아닙니다: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Pick a day from the calendar, up to %1.</source>
        <translation>달력에서 %1까지의 날짜 중에서 고르세요.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note for %1</source>
        <translation>%1 메모</translation>
    </message>
    <message>
        <source>For the kitchen</source>
        <translation>주방 전달 사항</translation>
    </message>
    <message>
        <source>Less spicy</source>
        <translation>덜 맵게</translation>
    </message>
    <message>
        <source>Extra spicy</source>
        <translation>더 맵게</translation>
    </message>
    <message>
        <source>No onions</source>
        <translation>양파 빼기</translation>
    </message>
    <message>
        <source>Serve first</source>
        <translation>먼저 서빙</translation>
    </message>
    <message>
        <source>To share</source>
        <translation>나눠 먹기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
</context>
<context>
    <name>OptionsDialog</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Add · %1</source>
        <translation>추가 · %1</translation>
    </message>
</context>
<context>
    <name>OrderDetailModel</name>
    <message>
        <source>Choose an order first.</source>
        <translation>먼저 주문을 고르세요.</translation>
    </message>
    <message>
        <source>Reprinted %1 as a DUPLICATE (journal entry %2).</source>
        <translation>%1을(를) 재발행으로 재출력했습니다(거래 기록 %2).</translation>
    </message>
    <message>
        <source>Choose at least one line and how many to refund.</source>
        <translation>환불할 항목과 수량을 고르세요.</translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation>사유를 입력하세요.</translation>
    </message>
    <message>
        <source>A manager&apos;s approval is needed.</source>
        <translation>관리자 승인이 필요합니다.</translation>
    </message>
    <message>
        <source>Voided: receipt %1 (%2).</source>
        <translation>결제 취소됨: 영수증 %1 (%2).</translation>
    </message>
    <message>
        <source>Refunded: receipt %1 (%2).</source>
        <translation>환불됨: 영수증 %1 (%2).</translation>
    </message>
</context>
<context>
    <name>OrderDetailPane</name>
    <message>
        <source>Choose an order on the left to see it here.</source>
        <translation>왼쪽에서 주문을 고르면 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>DUPLICATE</source>
        <extracomment>Shown after a reprint: the copy is marked as a duplicate (ko: 재발행)</extracomment>
        <translation>재발행</translation>
    </message>
    <message>
        <source>journal #%1</source>
        <translation>거래 기록 #%1</translation>
    </message>
    <message>
        <source>Corrects %1 · %2 · approved by %3</source>
        <translation>%1 정정 · %2 · %3 승인</translation>
    </message>
    <message>
        <source>%1 refunded</source>
        <translation>%1개 환불됨</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>소계</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>할인</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>팁</translation>
    </message>
    <message>
        <source>VAT %1 (net %2)</source>
        <translation>부가세 %1 (공급가액 %2)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>결제 내역</translation>
    </message>
    <message>
        <source>(received %1, change %2)</source>
        <translation>(받은 금액 %1, 거스름돈 %2)</translation>
    </message>
    <message>
        <source>Refunds and voids</source>
        <translation>환불 및 결제 취소</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>%1 승인</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>재출력</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>결제 취소…</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>환불…</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>고객: %1</translation>
    </message>
</context>
<context>
    <name>OrderRepository</name>
    <message>
        <source>Reading order lines</source>
        <translation>주문 항목 읽기</translation>
    </message>
    <message>
        <source>Reading payments</source>
        <translation>결제 내역 읽기</translation>
    </message>
    <message>
        <source>Reading the order</source>
        <translation>주문 읽기</translation>
    </message>
    <message>
        <source>Searching orders</source>
        <translation>주문 검색</translation>
    </message>
    <message>
        <source>Reading refunds</source>
        <translation>환불 내역 읽기</translation>
    </message>
</context>
<context>
    <name>OrderText</name>
    <message>
        <source>Sale</source>
        <translation>판매</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>환불</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>결제 취소</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Receipt number or amount</source>
        <translation>영수증 번호 또는 금액</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>어제</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7일</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>No orders match this search.</source>
        <translation>검색과 일치하는 주문이 없습니다.</translation>
    </message>
    <message>
        <source>No orders for this period yet.</source>
        <translation>이 기간에는 아직 주문이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>주문 %n건</numerusform>
        </translation>
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
    <message>
        <source>&quot;%1&quot; version %2 is not an op this terminal knows; nothing was queued.</source>
        <translation>&quot;%1&quot; 버전 %2: 이 단말기가 모르는 작업입니다. 아무것도 보내기 대기열에 넣지 않았습니다.</translation>
    </message>
    <message>
        <source>Outbox op %1 refers to journal entry %2, which is missing or has another hash. Run a journal check.</source>
        <translation>보낼 작업 %1: 가리키는 거래 기록(%2)이 없거나 해시가 다릅니다. 거래 기록 점검을 실행하세요.</translation>
    </message>
    <message>
        <source>Marking ops as sent</source>
        <translation>보낸 작업 표시</translation>
    </message>
    <message>
        <source>The outbox has no op %1; no op was marked as sent.</source>
        <translation>보낼 작업이 없습니다: %1. 아무 작업도 보냄으로 표시하지 않았습니다.</translation>
    </message>
    <message>
        <source>Recording a failed send</source>
        <translation>보내기 실패 기록</translation>
    </message>
    <message>
        <source>The outbox has no unsent op %1.</source>
        <translation>아직 보내지 않은 작업이 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>ParkedTickets</name>
    <message>
        <source>An empty ticket cannot be put on hold.</source>
        <translation>빈 주문서는 보류할 수 없습니다.</translation>
    </message>
    <message>
        <source>label</source>
        <translation>이름표</translation>
    </message>
    <message>
        <source>Putting the ticket on hold</source>
        <translation>주문 보류</translation>
    </message>
    <message>
        <source>Reading tickets on hold</source>
        <translation>보류 주문 읽기</translation>
    </message>
    <message>
        <source>Resuming the ticket</source>
        <translation>보류 주문 불러오기</translation>
    </message>
    <message>
        <source>That ticket is no longer on hold.</source>
        <translation>그 주문은 더 이상 보류 중이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>PayloadReader</name>
    <message>
        <source>The payload of &quot;%1&quot; has no valid &quot;%2&quot;; nothing was applied.</source>
        <translation>&quot;%1&quot;의 내용에 올바른 &quot;%2&quot; 값이 없습니다. 아무것도 반영하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <source>Unknown payment method &quot;%1&quot;.</source>
        <translation>알 수 없는 결제 수단 &quot;%1&quot;입니다.</translation>
    </message>
    <message>
        <source>Nothing is left to pay; remove the extra payment.</source>
        <translation>남은 결제 금액이 없습니다. 초과된 결제를 삭제하세요.</translation>
    </message>
    <message>
        <source>Enter the cash handed over.</source>
        <translation>받은 현금을 입력하세요.</translation>
    </message>
    <message>
        <source>A %1 payment needs an amount.</source>
        <translation>%1 결제에는 금액이 필요합니다.</translation>
    </message>
    <message>
        <source>The %1 payment of %2 is more than the %3 still due.</source>
        <translation>%1 결제 %2이(가) 남은 금액 %3보다 많습니다.</translation>
    </message>
    <message>
        <source>Enter the card terminal&apos;s approval number as the reference.</source>
        <translation>카드 단말기의 승인번호를 참조 번호로 입력하세요.</translation>
    </message>
    <message>
        <source>%1 is still due.</source>
        <translation>결제할 금액이 %1 남았습니다.</translation>
    </message>
    <message>
        <source>A deposit needs the booking it was paid for.</source>
        <translation>예약금에는 그 예약이 필요합니다.</translation>
    </message>
    <message>
        <source>payment reference</source>
        <translation>결제 참조 번호</translation>
    </message>
    <message>
        <source>cash handed over</source>
        <translation>받은 현금</translation>
    </message>
    <message>
        <source>The %1 payment of sale %2 cannot be given back at the counter; refund it where it was taken.</source>
        <translation>판매 %2의 결제(%1)는 카운터에서 돌려줄 수 없습니다. 결제한 곳에서 환불하세요.</translation>
    </message>
    <message>
        <source>A %1 payment needs a reference.</source>
        <translation>결제(%1)에는 참조 번호가 필요합니다.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Still due</source>
        <translation>남은 금액</translation>
    </message>
    <message>
        <source>%1 · approval %2</source>
        <translation>%1 · 승인 %2</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>현금</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>카드</translation>
    </message>
    <message>
        <source>Card amount (charge it on the card terminal)</source>
        <translation>카드 금액 (카드 단말기에서 결제)</translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation>받은 현금</translation>
    </message>
    <message>
        <source>Approval number from the card terminal</source>
        <translation>카드 단말기 승인번호</translation>
    </message>
    <message>
        <source>Card approved</source>
        <translation>카드 승인 완료</translation>
    </message>
    <message>
        <source>Take cash</source>
        <translation>현금 받기</translation>
    </message>
    <message>
        <source>Complete sale</source>
        <translation>판매 완료</translation>
    </message>
    <message>
        <source>Back to the ticket</source>
        <translation>주문서로 돌아가기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Paid %1</source>
        <translation>%1 결제 완료</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>영수증 %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>거스름돈</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>새 판매</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>영수증 인쇄</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>결제할 금액</translation>
    </message>
    <message>
        <source>%1, credited</source>
        <translation>%1 차감</translation>
    </message>
    <message>
        <source>Deposit credited %1</source>
        <translation>예약금 %1 차감</translation>
    </message>
</context>
<context>
    <name>PaymentFlow</name>
    <message>
        <source>Exact %1</source>
        <translation>%1 딱 맞게</translation>
    </message>
    <message>
        <source>Guest %1</source>
        <translation>손님 %1</translation>
    </message>
    <message>
        <source>This sale is already paid. Start a new sale.</source>
        <translation>이미 결제된 판매입니다. 새 판매를 시작하세요.</translation>
    </message>
    <message>
        <source>%1 is more than the %2 still due.</source>
        <translation>%1이(가) 남은 금액 %2보다 많습니다.</translation>
    </message>
    <message>
        <source>Enter the card amount.</source>
        <translation>카드 결제 금액을 입력하세요.</translation>
    </message>
    <message>
        <source>Enter the approval number from the card terminal.</source>
        <translation>카드 단말기의 승인번호를 입력하세요.</translation>
    </message>
    <message>
        <source>Enter the cash handed over.</source>
        <translation>받은 현금을 입력하세요.</translation>
    </message>
    <message>
        <source>%1 is still due.</source>
        <translation>결제할 금액이 %1 남았습니다.</translation>
    </message>
    <message>
        <source>There is nothing to pay.</source>
        <translation>결제할 것이 없습니다.</translation>
    </message>
    <message>
        <source>Sign in before taking payment.</source>
        <translation>결제를 받기 전에 로그인하세요.</translation>
    </message>
    <message>
        <source>Complete the sale first.</source>
        <translation>먼저 결제를 완료하세요.</translation>
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
        <source>unknown scheme &quot;%1&quot;</source>
        <translation>알 수 없는 방식 &quot;%1&quot;</translation>
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
    <name>PrintQueue</name>
    <message>
        <source>%1: the print job %2 is not %3.</source>
        <translation>%1: 출력 작업 %2이(가) %3 상태가 아닙니다.</translation>
    </message>
    <message>
        <source>Queueing a print job</source>
        <translation>출력 작업 대기열에 추가</translation>
    </message>
    <message>
        <source>%1: the job needs a kind and some bytes.</source>
        <translation>%1: 출력 작업에는 종류와 내용이 필요합니다.</translation>
    </message>
    <message>
        <source>Reading the print queue</source>
        <translation>출력 대기열 읽기</translation>
    </message>
    <message>
        <source>Reading the print job %1</source>
        <translation>출력 작업 %1 읽기</translation>
    </message>
    <message>
        <source>There is no print job %1.</source>
        <translation>출력 작업 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Reading the failed print jobs</source>
        <translation>실패한 출력 작업 읽기</translation>
    </message>
    <message>
        <source>Marking a print job done</source>
        <translation>출력 작업 완료 처리</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>대기</translation>
    </message>
    <message>
        <source>Recording a failed print attempt</source>
        <translation>출력 실패 기록</translation>
    </message>
    <message>
        <source>%1: the print job %2 is not queued.</source>
        <translation>%1: 출력 작업 %2이(가) 대기 상태가 아닙니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (moved from %2 to %3 after %n attempts)</source>
        <translation>
            <numerusform>%1 (%n회 시도 후 %2에서 %3(으)로 옮김)</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrying a print job</source>
        <translation>출력 작업 재시도</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Cancelling a print job</source>
        <translation>출력 작업 취소</translation>
    </message>
    <message>
        <source>queued or failed</source>
        <translation>대기 또는 실패</translation>
    </message>
    <message>
        <source>Deleting old print jobs</source>
        <translation>오래된 출력 작업 삭제</translation>
    </message>
    <message>
        <source>The printer address %1 has a bad port &quot;%2&quot; (1 to 65535).</source>
        <translation>프린터 주소 %1의 포트 &quot;%2&quot;이(가) 잘못되었습니다(1~65535).</translation>
    </message>
    <message>
        <source>The printer address %1 is not &quot;[IPv6 address]:port&quot;.</source>
        <translation>프린터 주소 %1이(가) &quot;[IPv6 주소]:포트&quot; 형식이 아닙니다.</translation>
    </message>
    <message>
        <source>The printer address &quot;%1&quot; has no host; write e.g. 192.168.0.50:9100.</source>
        <translation>프린터 주소 &quot;%1&quot;에 호스트가 없습니다. 192.168.0.50:9100처럼 쓰세요.</translation>
    </message>
    <message>
        <source>The serial printer address &quot;%1&quot; has no device; write e.g. /dev/ttyUSB0@19200.</source>
        <translation>시리얼 프린터 주소 &quot;%1&quot;에 장치가 없습니다. /dev/ttyUSB0@19200처럼 쓰세요.</translation>
    </message>
    <message>
        <source>The serial printer address %1 has a bad speed &quot;%2&quot; (e.g. 9600, 19200, 115200).</source>
        <translation>시리얼 프린터 주소 %1의 속도 &quot;%2&quot;이(가) 잘못되었습니다(예: 9600, 19200, 115200).</translation>
    </message>
    <message>
        <source>A printer needs a name.</source>
        <translation>프린터에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>The printer %1 has a %2 mm roll; Madang prints on 58 or 80 mm.</source>
        <translation>프린터 %1의 용지 폭이 %2mm입니다. 마당은 58mm 또는 80mm 용지에 출력합니다.</translation>
    </message>
    <message>
        <source>The PDF printer %1 needs a folder.</source>
        <translation>PDF 프린터 %1에는 폴더가 필요합니다.</translation>
    </message>
    <message>
        <source>The printer %1 has an unknown kind &quot;%2&quot; (tcp, serial or pdf).</source>
        <translation>프린터 %1의 종류 &quot;%2&quot;을(를) 알 수 없습니다(tcp, serial, pdf 중 하나).</translation>
    </message>
    <message>
        <source>Adding the printer %1</source>
        <translation>프린터 %1 추가</translation>
    </message>
    <message>
        <source>There is already a printer named %1.</source>
        <translation>이름이 %1인 프린터가 이미 있습니다.</translation>
    </message>
    <message>
        <source>The printer %1 cannot be its own fallback.</source>
        <translation>프린터 %1은(는) 자기 자신을 대체 프린터로 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 cannot stand in for %2: a fallback needs the same paper width (%3 mm) and the same kind of output (ESC/POS or PDF).</source>
        <translation>%1은(는) %2을(를) 대신할 수 없습니다. 대체 프린터는 용지 폭(%3mm)과 출력 방식(ESC/POS 또는 PDF)이 같아야 합니다.</translation>
    </message>
    <message>
        <source>%1 cannot stand in for %2: the fallbacks would go round in a loop.</source>
        <translation>%1은(는) %2을(를) 대신할 수 없습니다. 대체 프린터가 서로 순환하게 됩니다.</translation>
    </message>
    <message>
        <source>Setting the fallback of %1</source>
        <translation>%1의 대체 프린터 설정</translation>
    </message>
    <message>
        <source>Switching the printer %1</source>
        <translation>프린터 %1 켜기/끄기</translation>
    </message>
    <message>
        <source>Reading the printers</source>
        <translation>프린터 목록 읽기</translation>
    </message>
    <message>
        <source>Reading the printer %1</source>
        <translation>프린터 %1 읽기</translation>
    </message>
    <message>
        <source>There is no printer %1.</source>
        <translation>프린터 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Changing the printer %1</source>
        <translation>프린터 %1 변경</translation>
    </message>
    <message>
        <source>%1 has jobs waiting that were made for its %2 mm paper and kind of output; print or cancel them before changing either.</source>
        <translation>%1에는 %2 mm 용지와 현재 출력 방식에 맞춰 만든 대기 작업이 있습니다. 바꾸기 전에 인쇄하거나 취소하세요.</translation>
    </message>
    <message>
        <source>%1 stands in for another printer, which needs the same paper width and kind of output; change that fallback first.</source>
        <translation>%1은(는) 다른 프린터의 대체 프린터라 용지 폭과 출력 방식이 같아야 합니다. 먼저 그 대체 설정을 바꾸세요.</translation>
    </message>
    <message>
        <source>Removing the printer %1</source>
        <translation>프린터 %1 삭제</translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n job(s) to print; print or cancel them first.</source>
        <translation>
            <numerusform>%1에 인쇄할 작업이 %n개 남아 있습니다. 먼저 인쇄하거나 취소하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 stands in for %2; choose another fallback there first.</source>
        <translation>%1은(는) %2의 대체 프린터입니다. 먼저 그쪽에서 다른 대체 프린터를 고르세요.</translation>
    </message>
    <message>
        <source>printer&apos;s name</source>
        <translation>프린터 이름</translation>
    </message>
    <message>
        <source>printer&apos;s address</source>
        <translation>프린터 주소</translation>
    </message>
</context>
<context>
    <name>PrintService</name>
    <message>
        <source>Receipts are not printed automatically.</source>
        <translation>영수증은 자동으로 인쇄되지 않습니다.</translation>
    </message>
    <message>
        <source>A copy of receipt %1 is printing on %2.</source>
        <translation>영수증 %1 재발행본을 %2 프린터로 인쇄합니다.</translation>
    </message>
    <message>
        <source>Receipt %1 is printing on %2.</source>
        <translation>영수증 %1을(를) %2 프린터로 인쇄합니다.</translation>
    </message>
    <message>
        <source>This build of Madang cannot print.</source>
        <translation>이 버전의 마당은 인쇄할 수 없습니다.</translation>
    </message>
    <message>
        <source>The bill is printing on %1.</source>
        <translation>계산서를 %1 프린터로 인쇄합니다.</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>테스트 인쇄</translation>
    </message>
    <message>
        <source>A test page is printing on %1.</source>
        <translation>테스트 페이지를 %1 프린터로 인쇄합니다.</translation>
    </message>
    <message>
        <source>No receipt printer set up. Choose one in Settings → Printers.</source>
        <translation>영수증 프린터가 설정되지 않았습니다. 설정 → 프린터에서 선택하세요.</translation>
    </message>
    <message>
        <source>The receipt printer is no longer set up: %1</source>
        <translation>영수증 프린터가 더 이상 설정되어 있지 않습니다: %1</translation>
    </message>
    <message>
        <source>Could not prepare the print for %1: %2</source>
        <translation>%1 프린터용 인쇄물을 만들지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Could not queue the print for %1: %2</source>
        <translation>%1 프린터 대기열에 넣지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Queued for %1, which is switched off: turn it on in Settings → Printers.</source>
        <translation>%1 프린터 대기열에 넣었지만 프린터가 꺼져 있습니다. 설정 → 프린터에서 켜세요.</translation>
    </message>
</context>
<context>
    <name>PrinterEditorDialog</name>
    <message>
        <source>Add printer</source>
        <translation>프린터 추가</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Counter, kitchen, bar…</source>
        <translation>카운터, 주방, 바…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Network (port 9100)</source>
        <translation>네트워크 (포트 9100)</translation>
    </message>
    <message>
        <source>Serial or USB</source>
        <translation>시리얼 또는 USB</translation>
    </message>
    <message>
        <source>PDF files in a folder</source>
        <translation>폴더에 PDF 파일로</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Paper width</source>
        <translation>용지 폭</translation>
    </message>
    <message>
        <source>58 mm</source>
        <translation>58mm</translation>
    </message>
    <message>
        <source>80 mm</source>
        <translation>80mm</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>대체 프린터</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Edit printer</source>
        <translation>프린터 편집</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
</context>
<context>
    <name>PrinterRow</name>
    <message>
        <source>Receipts</source>
        <translation>영수증</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 mm</source>
        <translation>%1 · %2 · %3mm</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>대체 프린터</translation>
    </message>
    <message>
        <source>%1 queued</source>
        <translation>대기 %1건</translation>
    </message>
    <message>
        <source>On</source>
        <translation>켜짐</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>꺼짐</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>테스트 인쇄</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>편집</translation>
    </message>
</context>
<context>
    <name>PrinterSettings</name>
    <message>
        <source>Network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>시리얼</translation>
    </message>
    <message>
        <source>PDF folder</source>
        <translation>PDF 폴더</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>영수증</translation>
    </message>
    <message>
        <source>Kitchen slip</source>
        <translation>주방 주문서</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>계산서</translation>
    </message>
    <message>
        <source>Test page</source>
        <translation>테스트 페이지</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>영수증 프린터</translation>
    </message>
    <message>
        <source>Print a receipt after every sale</source>
        <translation>결제할 때마다 영수증 인쇄</translation>
    </message>
    <message>
        <source>Add printer</source>
        <translation>프린터 추가</translation>
    </message>
    <message>
        <source>Printing is not available on this terminal.</source>
        <translation>이 단말기에서는 인쇄할 수 없습니다.</translation>
    </message>
    <message>
        <source>No printers yet. Add the counter&apos;s receipt printer, and one named &quot;kitchen&quot; or &quot;bar&quot; for kitchen slips.</source>
        <translation>프린터가 아직 없습니다. 카운터 영수증 프린터를 추가하고, 주방 주문서용으로 이름이 &quot;주방&quot; 또는 &quot;바&quot;인 프린터를 추가하세요.</translation>
    </message>
    <message>
        <source>Failed print jobs (%1)</source>
        <translation>실패한 인쇄 작업 (%1건)</translation>
    </message>
    <message>
        <source>No failed print jobs</source>
        <translation>실패한 인쇄 작업 없음</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>PrinterSettingsModel</name>
    <message>
        <source>Printing is not available on this terminal.</source>
        <translation>이 단말기에서는 인쇄할 수 없습니다.</translation>
    </message>
    <message>
        <source>Only owners and managers can change printers.</source>
        <translation>프린터는 사장과 매니저만 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>Printer %1 added.</source>
        <translation>프린터 %1을(를) 추가했습니다.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Printer %1 saved.</source>
        <translation>프린터 %1을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>%1 prints the receipts; choose another receipt printer (or none) first.</source>
        <translation>%1이(가) 영수증을 인쇄합니다. 먼저 다른 영수증 프린터(또는 없음)를 고르세요.</translation>
    </message>
    <message>
        <source>Printer %1 removed.</source>
        <translation>프린터 %1을(를) 삭제했습니다.</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>만들 수 없습니다: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>PullCursor</name>
    <message>
        <source>Reading the sync cursor</source>
        <translation>동기화 위치 읽기</translation>
    </message>
    <message>
        <source>The sync cursor must move inside the transaction that applies the page.</source>
        <translation>동기화 위치는 받은 페이지를 반영하는 트랜잭션 안에서만 옮길 수 있습니다.</translation>
    </message>
    <message>
        <source>The server sent no usable epoch; nothing was applied.</source>
        <translation>서버가 쓸 수 있는 세대 값을 보내지 않았습니다. 아무것도 반영하지 않았습니다.</translation>
    </message>
    <message>
        <source>The page starts after %1, but ops up to %2 were already applied; the cursor does not go back.</source>
        <translation>받은 페이지는 %1 다음부터인데 %2까지 이미 반영했습니다. 동기화 위치는 뒤로 가지 않습니다.</translation>
    </message>
    <message>
        <source>The page starts after %1, but only ops up to %2 were applied; the cursor does not skip ops.</source>
        <translation>받은 페이지는 %1 다음부터인데 %2까지만 반영했습니다. 동기화 위치는 작업을 건너뛰지 않습니다.</translation>
    </message>
    <message>
        <source>The server&apos;s epoch changed: it must be read again from the start, not after %1.</source>
        <translation>서버의 세대가 바뀌었습니다. %1 다음이 아니라 처음부터 다시 읽어야 합니다.</translation>
    </message>
    <message>
        <source>The page ends at %1, before it starts (after %2); the cursor does not go back.</source>
        <translation>받은 페이지가 시작(%2 다음)보다 앞인 %1에서 끝납니다. 동기화 위치는 뒤로 가지 않습니다.</translation>
    </message>
    <message>
        <source>Saving the sync cursor</source>
        <translation>동기화 위치 저장</translation>
    </message>
</context>
<context>
    <name>QSQLiteResult</name>
    <message>
        <source>Unable to fetch row</source>
        <translation>행을 가져올 수 없습니다</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>A repeating visit needs a valid first date.</source>
        <translation>반복 예약에는 올바른 첫 날짜가 필요합니다.</translation>
    </message>
    <message>
        <source>A series has 1 to %1 visits, not %2.</source>
        <translation>반복 예약은 1회에서 %1회 사이여야 합니다 (%2회가 아님).</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Rung up by mistake</source>
        <translation>잘못 입력함</translation>
    </message>
    <message>
        <source>Customer left</source>
        <translation>고객 이탈</translation>
    </message>
    <message>
        <source>Payment problem</source>
        <translation>결제 문제</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Customer changed their mind</source>
        <translation>단순 변심</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>잘못된 상품</translation>
    </message>
    <message>
        <source>Quality problem</source>
        <translation>품질 문제</translation>
    </message>
    <message>
        <source>Choose what to refund: use + on a line, or Refund all.</source>
        <translation>환불할 항목을 고르세요. 항목의 +를 누르거나 전체 환불을 선택하세요.</translation>
    </message>
    <message>
        <source>Choose or write a reason.</source>
        <translation>사유를 고르거나 입력하세요.</translation>
    </message>
    <message>
        <source>Void %1</source>
        <translation>%1 결제 취소</translation>
    </message>
    <message>
        <source>Refund from %1</source>
        <translation>%1 환불</translation>
    </message>
    <message>
        <source>Void %1 (%2): %3</source>
        <translation>%1 결제 취소 (%2): %3</translation>
    </message>
    <message>
        <source>Refund all that is left of %1: %2</source>
        <translation>%1 남은 금액 전체 환불: %2</translation>
    </message>
    <message numerus="yes">
        <source>Refund %n unit(s) from %1: %2</source>
        <translation>
            <numerusform>%1에서 %n개 환불: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The whole sale is cancelled: every line, the tip and every payment.</source>
        <translation>판매 전체가 취소됩니다. 모든 항목, 팁, 모든 결제가 포함됩니다.</translation>
    </message>
    <message>
        <source>Refund all that is left, tip included</source>
        <translation>남은 금액 전체 환불 (팁 포함)</translation>
    </message>
    <message>
        <source>%1 of %2 can be refunded</source>
        <translation>%2개 중 %1개 환불 가능</translation>
    </message>
    <message>
        <source>Paid back to the customer</source>
        <translation>고객에게 돌려줄 금액</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Write the reason</source>
        <translation>사유를 입력하세요</translation>
    </message>
    <message>
        <source>Details (optional)</source>
        <translation>상세 내용 (선택)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Manager approval…</source>
        <translation>관리자 승인…</translation>
    </message>
</context>
<context>
    <name>ReservationBlock</name>
    <message numerus="yes">
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n명</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReservationCard</name>
    <message numerus="yes">
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n명</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>테이블</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Why is it cancelled?</source>
        <translation>취소 사유를 입력하세요</translation>
    </message>
    <message>
        <source>Seat now</source>
        <translation>지금 착석</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>도착</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>노쇼</translation>
    </message>
    <message>
        <source>Cancel the reservation</source>
        <translation>예약 취소 확정</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>취소…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>예약금</translation>
    </message>
</context>
<context>
    <name>ReservationDialog</name>
    <message>
        <source>Choose a time.</source>
        <translation>시간을 고르세요.</translation>
    </message>
    <message>
        <source>New reservation</source>
        <translation>새 예약</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>인원</translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n명</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at table %2</source>
        <translation>%1, 테이블 %2</translation>
    </message>
    <message>
        <source>%1 is not free for this party: choose a free time</source>
        <translation>%1에는 이 인원이 앉을 자리가 없습니다. 빈 시간을 고르세요</translation>
    </message>
    <message>
        <source>Free times</source>
        <translation>예약 가능한 시간</translation>
    </message>
    <message>
        <source>No table for this party is free on this day.</source>
        <translation>이날은 이 인원이 앉을 테이블이 없습니다.</translation>
    </message>
    <message>
        <source>Guest&apos;s name</source>
        <translation>예약자 이름</translation>
    </message>
    <message>
        <source>Phone (010-1234-5678)</source>
        <translation>전화번호 (010-1234-5678)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>예약하기</translation>
    </message>
    <message>
        <source>Deposit (optional)</source>
        <translation>예약금 (선택)</translation>
    </message>
</context>
<context>
    <name>ReservationHoursDialog</name>
    <message>
        <source>Reservation hours</source>
        <translation>예약 받는 시간</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>화</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>수</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>목</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>금</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>토</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>점심</translation>
    </message>
    <message>
        <source>Dinner</source>
        <translation>저녁</translation>
    </message>
    <message>
        <source>Leave a sitting empty if there is none. Reservations must end by the end of their sitting.</source>
        <translation>없는 시간대는 비워 두세요. 예약은 그 시간대가 끝나기 전에 끝나야 합니다.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
</context>
<context>
    <name>ReservationHoursModel</name>
    <message>
        <source>Enter each sitting as HH:MM to HH:MM, for example 17:00 to 22:00.</source>
        <translation>시간대는 HH:MM부터 HH:MM까지 입력하세요. 예: 17:00부터 22:00까지</translation>
    </message>
    <message>
        <source>A sitting must end after it starts.</source>
        <translation>시간대의 끝은 시작보다 늦어야 합니다.</translation>
    </message>
    <message>
        <source>Lunch must end before dinner starts.</source>
        <translation>점심은 저녁이 시작되기 전에 끝나야 합니다.</translation>
    </message>
    <message>
        <source>Give the open days a lunch or a dinner sitting.</source>
        <translation>영업일에는 점심이나 저녁 시간대를 넣으세요.</translation>
    </message>
</context>
<context>
    <name>ReservationService</name>
    <message>
        <source>That reservation does not exist.</source>
        <translation>그 예약이 없습니다.</translation>
    </message>
    <message>
        <source>Reading reservations</source>
        <translation>예약 읽기</translation>
    </message>
    <message>
        <source>A reservation that is %1 cannot be moved.</source>
        <translation>%1 상태인 예약은 옮길 수 없습니다.</translation>
    </message>
    <message>
        <source>That time is outside the reservation hours.</source>
        <translation>예약 받는 시간이 아닙니다.</translation>
    </message>
    <message>
        <source>Saving the reservation</source>
        <translation>예약 저장</translation>
    </message>
    <message>
        <source>A reservation that is %1 cannot become %2.</source>
        <translation>%1 상태인 예약은 %2(으)로 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>Cancel, mark a no-show or seat through their own steps.</source>
        <translation>취소, 노쇼, 착석은 각각의 단계로 처리하세요.</translation>
    </message>
    <message>
        <source>Say why the reservation is cancelled.</source>
        <translation>예약 취소 사유를 입력하세요.</translation>
    </message>
    <message>
        <source>That reservation holds no table.</source>
        <translation>그 예약에는 테이블이 없습니다.</translation>
    </message>
    <message>
        <source>%1 still has an open ticket. Pay or move it first.</source>
        <translation>테이블 %1에 아직 열린 주문이 있습니다. 먼저 결제하거나 옮기세요.</translation>
    </message>
    <message>
        <source>A weekday is 1 (Monday) to 7 (Sunday).</source>
        <translation>요일은 1(월요일)부터 7(일요일)까지입니다.</translation>
    </message>
    <message>
        <source>Saving the opening hours</source>
        <translation>영업시간 저장</translation>
    </message>
    <message>
        <source>Reading the opening hours</source>
        <translation>영업시간 읽기</translation>
    </message>
    <message>
        <source>Saving the table</source>
        <translation>테이블 저장</translation>
    </message>
    <message>
        <source>There is no such table.</source>
        <translation>그런 테이블이 없습니다.</translation>
    </message>
    <message>
        <source>Reading the tables</source>
        <translation>테이블 읽기</translation>
    </message>
    <message numerus="yes">
        <source>No table for a party of %n is free at %1.</source>
        <translation>
            <numerusform>%1에는 %n명이 앉을 빈 테이블이 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is taken from %2 to %3.</source>
        <translation>테이블 %1은(는) %2부터 %3까지 예약되어 있습니다.</translation>
    </message>
    <message>
        <source>Those tables seat %1, fewer than the party of %2.</source>
        <translation>그 테이블은 %1석으로 %2명보다 적습니다.</translation>
    </message>
    <message>
        <source>Those tables cannot be pushed together.</source>
        <translation>그 테이블들은 붙일 수 없습니다.</translation>
    </message>
    <message>
        <source>Saving the reservation&apos;s tables</source>
        <translation>예약 테이블 저장</translation>
    </message>
    <message>
        <source>Recording the reservation&apos;s history</source>
        <translation>예약 이력 기록</translation>
    </message>
    <message>
        <source>A reservation needs the guest&apos;s name.</source>
        <translation>예약에는 예약자 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>A party is 1 to %1 guests.</source>
        <translation>인원은 1명부터 %1명까지입니다.</translation>
    </message>
    <message>
        <source>A table is held for 15 minutes to 8 hours.</source>
        <translation>테이블은 15분부터 8시간까지 잡을 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 to %2 is outside the reservation hours.</source>
        <translation>%1~%2은(는) 예약 받는 시간이 아닙니다.</translation>
    </message>
    <message>
        <source>That party is not on the waitlist.</source>
        <translation>대기 명단에 없는 손님입니다.</translation>
    </message>
    <message>
        <source>Reading the waitlist</source>
        <translation>대기 명단 읽기</translation>
    </message>
    <message numerus="yes">
        <source>No table for a party of %n frees up before closing.</source>
        <translation>
            <numerusform>마감 전까지 %n명이 앉을 테이블이 나지 않습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The waitlist needs a name to call.</source>
        <translation>대기 등록에는 부를 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>Adding to the waitlist</source>
        <translation>대기 등록</translation>
    </message>
    <message>
        <source>Seating the party</source>
        <translation>손님 착석</translation>
    </message>
    <message>
        <source>Updating the waitlist</source>
        <translation>대기 명단 수정</translation>
    </message>
    <message>
        <source>A deposit cannot be negative.</source>
        <translation>예약금은 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>combine group</source>
        <translation>합석 그룹</translation>
    </message>
    <message>
        <source>guest&apos;s name</source>
        <translation>손님 이름</translation>
    </message>
    <message>
        <source>note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>deposit</source>
        <translation>예약금</translation>
    </message>
    <message>
        <source>Give a reason for giving the deposit back.</source>
        <translation>예약금을 돌려주는 사유를 입력하세요.</translation>
    </message>
    <message>
        <source>Only the deposit of a cancelled or missed reservation is given back here; a party&apos;s deposit is credited on its bill.</source>
        <translation>여기서는 취소되었거나 오지 않은 예약의 예약금만 돌려줍니다. 방문한 손님의 예약금은 계산서에서 차감됩니다.</translation>
    </message>
    <message>
        <source>%1 has no deposit left to give back.</source>
        <translation>%1: 돌려줄 예약금이 남아 있지 않습니다.</translation>
    </message>
    <message>
        <source>The payload of &quot;%1&quot; has no valid &quot;%2&quot; (%3); nothing was applied.</source>
        <translation>&quot;%1&quot;의 내용에 올바른 &quot;%2&quot; 값이 없습니다(%3). 아무것도 반영하지 않았습니다.</translation>
    </message>
    <message>
        <source>The reservation of %1 holds a table this terminal does not have (%2); nothing was applied.</source>
        <translation>%1 님의 예약에 이 단말기에 없는 테이블(%2)이 있습니다. 아무것도 반영하지 않았습니다.</translation>
    </message>
    <message>
        <source>The reservation of %1 on %2 from %3 would take %4, which is taken here from %5 to %6: the table would be booked twice. Nothing was applied; move one of the two.</source>
        <translation>%1 님의 예약(%2 %3부터)이 잡으려는 테이블 %4: 이 단말기에서 %5~%6에 이미 예약되어 있어 두 번 예약됩니다. 아무것도 반영하지 않았습니다. 둘 중 하나를 옮겨 주세요.</translation>
    </message>
    <message>
        <source>The deposit of %1 was given back here already; nothing was applied.</source>
        <translation>%1 님의 예약금은 이 단말기에서 이미 돌려드렸습니다. 아무것도 반영하지 않았습니다.</translation>
    </message>
    <message>
        <source>This terminal has no reservation %1 (of %2) for &quot;%3&quot;; nothing was applied.</source>
        <translation>&quot;%3&quot;: 이 단말기에 예약 %1(%2 님)이 없습니다. 아무것도 반영하지 않았습니다.</translation>
    </message>
    <message>
        <source>This terminal has no party %1 on its waitlist for &quot;%2&quot;; nothing was applied.</source>
        <translation>&quot;%2&quot;: 이 단말기의 대기 명단에 %1 일행이 없습니다. 아무것도 반영하지 않았습니다.</translation>
    </message>
    <message>
        <source>A deposit is credited only on the bill of the party it was taken from.</source>
        <translation>예약금은 그 예약 손님의 계산서에만 차감할 수 있습니다.</translation>
    </message>
    <message>
        <source>More deposit is credited than %1 has left.</source>
        <translation>%1 님의 남은 예약금보다 많이 차감할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>ReservationsModel</name>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n석</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reservation(s)</source>
        <translation>
            <numerusform>예약 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n명</numerusform>
        </translation>
    </message>
    <message>
        <source>That reservation no longer exists.</source>
        <translation>그 예약은 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>워크인</translation>
    </message>
    <message>
        <source>Drop the reservation on a table.</source>
        <translation>예약을 테이블 위에 놓으세요.</translation>
    </message>
    <message>
        <source>Deposit: %1</source>
        <translation>예약금: %1</translation>
    </message>
</context>
<context>
    <name>ReservationsPage</name>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>New reservation</source>
        <translation>새 예약</translation>
    </message>
    <message>
        <source>Add tables on the Tables screen to take reservations.</source>
        <translation>예약을 받으려면 테이블 화면에서 테이블을 추가하세요.</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>영업시간</translation>
    </message>
</context>
<context>
    <name>ResourceRepository</name>
    <message>
        <source>Reading the catalog</source>
        <translation>상품 목록 읽기</translation>
    </message>
    <message>
        <source>There is no item &quot;%1&quot; in the catalog.</source>
        <translation>상품 목록에 &quot;%1&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Saving the staff member&apos;s services</source>
        <translation>직원의 서비스 저장</translation>
    </message>
    <message>
        <source>That staff member does not exist.</source>
        <translation>그 직원이 없습니다.</translation>
    </message>
    <message>
        <source>Working hours %1-%2 and %3-%4 overlap.</source>
        <translation>근무 시간 %1-%2와 %3-%4가 겹칩니다.</translation>
    </message>
    <message>
        <source>Saving working hours</source>
        <translation>근무 시간 저장</translation>
    </message>
    <message>
        <source>Reading working hours</source>
        <translation>근무 시간 읽기</translation>
    </message>
    <message>
        <source>A day off needs a valid date.</source>
        <translation>휴무일에는 올바른 날짜가 필요합니다.</translation>
    </message>
    <message>
        <source>Saving the day off</source>
        <translation>휴무일 저장</translation>
    </message>
    <message>
        <source>A station needs a name.</source>
        <translation>자리에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of station (chair, room, basin or van).</source>
        <translation>&quot;%1&quot;은(는) 자리 종류가 아닙니다 (의자, 룸, 샴푸대, 차량).</translation>
    </message>
    <message>
        <source>Saving the station</source>
        <translation>자리 저장</translation>
    </message>
    <message>
        <source>That station does not exist.</source>
        <translation>그 자리가 없습니다.</translation>
    </message>
    <message>
        <source>Reading stations</source>
        <translation>자리 읽기</translation>
    </message>
    <message>
        <source>Saving the service</source>
        <translation>서비스 저장</translation>
    </message>
    <message>
        <source>That catalog item does not exist.</source>
        <translation>그 상품이 없습니다.</translation>
    </message>
    <message>
        <source>Reading the service</source>
        <translation>서비스 읽기</translation>
    </message>
    <message>
        <source>%1 is no longer sold.</source>
        <translation>%1은(는) 더 이상 판매하지 않습니다.</translation>
    </message>
    <message>
        <source>%1 takes no time, so it cannot be booked; give it a duration first.</source>
        <translation>%1은(는) 소요 시간이 없어 예약할 수 없습니다. 먼저 소요 시간을 지정하세요.</translation>
    </message>
    <message>
        <source>Reading services</source>
        <translation>서비스 목록 읽기</translation>
    </message>
    <message>
        <source>Reading days off</source>
        <translation>휴무일 읽기</translation>
    </message>
    <message>
        <source>Flagging the day&apos;s bookings</source>
        <translation>그날 예약 표시</translation>
    </message>
    <message>
        <source>Removing the day off</source>
        <translation>휴무일 삭제</translation>
    </message>
    <message>
        <source>There is no day off on %1.</source>
        <translation>%1에는 휴무일이 없습니다.</translation>
    </message>
    <message>
        <source>%1 is in the past.</source>
        <translation>%1은(는) 지난 날짜입니다.</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>%1 is more than %2 years ahead: days off can be set up to %3.</source>
        <translation>%1: %2년보다 먼 날짜입니다. 휴무일은 %3까지 정할 수 있습니다.</translation>
    </message>
    <message>
        <source>station name</source>
        <translation>장비 이름</translation>
    </message>
    <message>
        <source>Reading the stations</source>
        <translation>장비 읽기</translation>
    </message>
    <message>
        <source>There is already a station called %1.</source>
        <translation>같은 이름의 장비가 이미 있습니다: %1.</translation>
    </message>
    <message>
        <source>A retired station is called %1; choose another name.</source>
        <translation>사용 중지된 자리가 이 이름을 씁니다: %1. 다른 이름을 고르세요.</translation>
    </message>
    <message>
        <source>%1 is already retired.</source>
        <translation>%1: 이미 사용 중지되었습니다.</translation>
    </message>
    <message>
        <source>%1 is retired.</source>
        <translation>%1: 사용 중지된 자리입니다.</translation>
    </message>
    <message>
        <source>Reading the crews</source>
        <translation>청소팀 읽기</translation>
    </message>
    <message>
        <source>Crew %1 drives %2: give the crew another van, or none, then retire it.</source>
        <translation>%1이(가) 이 차량을 씁니다: %2. 팀에 다른 차량을 주거나 차량을 빼고 나서 사용 중지하세요.</translation>
    </message>
    <message>
        <source>Reading the station&apos;s bookings</source>
        <translation>자리의 예약 읽기</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n booking(s) to come, the first on %2 at %3 (%4). Move or cancel them, then retire it.</source>
        <translation>
            <numerusform>%1: 앞으로 예약이 %n건 있습니다. 첫 예약은 %2 %3 (%4)입니다. 예약을 옮기거나 취소한 뒤 사용 중지하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no station called %1.</source>
        <translation>이 이름의 자리가 없습니다: %1</translation>
    </message>
    <message>
        <source>Station %1 is not on this terminal; it was not retired.</source>
        <translation>자리 %1의 정보가 이 단말기에 없습니다. 사용 중지하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>SaleReceipt</name>
    <message>
        <source>Printing is not available on this terminal.</source>
        <translation>이 단말기에서는 인쇄할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>SaleService</name>
    <message>
        <source>Numbering the receipt</source>
        <translation>영수증 번호 매기기</translation>
    </message>
    <message>
        <source>Numbering the receipt: no number came back.</source>
        <translation>영수증 번호 매기기: 번호를 받지 못했습니다.</translation>
    </message>
    <message>
        <source>Saving the order</source>
        <translation>주문 저장</translation>
    </message>
    <message>
        <source>Saving the order lines</source>
        <translation>주문 항목 저장</translation>
    </message>
    <message>
        <source>Saving the payments</source>
        <translation>결제 내역 저장</translation>
    </message>
    <message>
        <source>A refund or void needs a manager&apos;s approval and a reason.</source>
        <translation>환불이나 결제 취소에는 관리자 승인과 사유가 필요합니다.</translation>
    </message>
    <message>
        <source>There is no sale %1 to correct.</source>
        <translation>정정할 판매 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Sale %1 was already voided.</source>
        <translation>판매 %1은(는) 이미 결제 취소되었습니다.</translation>
    </message>
    <message>
        <source>Sale %1 has refunds already; refund the rest instead.</source>
        <translation>판매 %1에는 이미 환불 내역이 있습니다. 대신 나머지를 환불하세요.</translation>
    </message>
    <message>
        <source>%1: only %2 of %3 can still be refunded.</source>
        <translation>%1: %3개 중 %2개만 더 환불할 수 있습니다.</translation>
    </message>
    <message>
        <source>Sale %1 has no line %2.</source>
        <translation>판매 %1에 항목 %2이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Nothing of sale %1 is left to refund.</source>
        <translation>판매 %1에는 더 환불할 것이 없습니다.</translation>
    </message>
    <message>
        <source>There is no order %1 to reprint.</source>
        <translation>재출력할 주문 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Preparing to save the sale</source>
        <translation>판매 저장 준비</translation>
    </message>
    <message>
        <source>The sale&apos;s journal entry could not be written.</source>
        <translation>판매의 저널 항목을 쓰지 못했습니다.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>%1번째 줄</translation>
    </message>
    <message>
        <source>Sale %1 holds amounts beyond the limits, written by an older version; it cannot be refunded or voided here. Record the money given back as a cash out.</source>
        <translation>판매 %1에는 이전 버전이 기록한 한도를 넘는 금액이 있어 여기서 환불하거나 취소할 수 없습니다. 돌려준 돈은 현금 출금으로 기록하세요.</translation>
    </message>
    <message>
        <source>Applying an order of another terminal</source>
        <translation>다른 단말기의 주문 적용</translation>
    </message>
    <message>
        <source>Order %1 came from the platform with this terminal&apos;s receipt number %2; this terminal&apos;s own orders are never written from elsewhere. Nothing was applied.</source>
        <translation>주문 %1: 이 단말기의 영수증 번호(%2)를 달고 플랫폼에서 왔습니다. 이 단말기의 주문은 다른 곳에서 기록되지 않습니다. 아무것도 적용하지 않았습니다.</translation>
    </message>
    <message>
        <source>Order %1 is here already as %2, not as %3. Nothing was applied.</source>
        <translation>주문 %1: 이미 있습니다(이 단말기의 영수증: %2, 받은 영수증: %3). 아무것도 적용하지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 corrects the sale %2, which this terminal does not have. Nothing was applied.</source>
        <translation>%1: 정정하는 판매(%2)가 이 단말기에 없습니다. 아무것도 적용하지 않았습니다.</translation>
    </message>
    <message>
        <source>A pulled order is written in the pull&apos;s transaction, with its own terminal&apos;s journal entry.</source>
        <translation>가져온 주문은 가져오기 트랜잭션 안에서, 원래 단말기의 저널 항목과 함께 기록됩니다.</translation>
    </message>
</context>
<context>
    <name>SalesSummary</name>
    <message>
        <source>That is not a period of time.</source>
        <translation>올바른 기간이 아닙니다.</translation>
    </message>
    <message>
        <source>Adding up the sales</source>
        <translation>매출 합산</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Name, SKU, barcode or initials (ㄱㅊ)</source>
        <translation>이름, SKU, 바코드, 초성(ㄱㅊ)으로 검색</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>Creating the search index</source>
        <translation>검색 색인 만들기</translation>
    </message>
    <message>
        <source>Cannot replace the search index %1.</source>
        <translation>검색 색인 %1을(를) 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>Opening the search index %1</source>
        <translation>검색 색인 %1 열기</translation>
    </message>
    <message>
        <source>Building the search index</source>
        <translation>검색 색인 만들기</translation>
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
        <source>Updating the search index</source>
        <translation>검색 색인 갱신</translation>
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
        <source>Restore the folder %1 from the backup of this terminal&apos;s secrets (the backup that belongs to this database), then start Madang again. Do not delete the database and do not set the terminal up again. %2</source>
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
        <source>The %1 file %2 can be read or changed by other users (it must be mode 0600). If nobody else had access, run: chmod 600 &apos;%2&apos; and start again; otherwise treat the secret as leaked and ask support.</source>
        <translation>%1 파일 %2을(를) 다른 사용자가 읽거나 바꿀 수 있습니다(모드 0600이어야 합니다). 다른 사람이 접근한 적이 없다면 chmod 600 &apos;%2&apos;를 실행하고 다시 시작하세요. 그렇지 않다면 비밀이 유출된 것으로 보고 지원팀에 문의하세요.</translation>
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
        <source>Unknown language &quot;%1&quot;.</source>
        <translation>알 수 없는 언어 &quot;%1&quot;입니다.</translation>
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
    <message>
        <source>Printers</source>
        <translation>프린터</translation>
    </message>
    <message>
        <source>Crews</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>의자·룸</translation>
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
        <source>Jobs at customers&apos; homes, crews and visits</source>
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
        <source>Owner&apos;s name</source>
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
        <source>Enter the owner&apos;s name.</source>
        <translation>대표자 이름을 입력하세요.</translation>
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
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>직원 전환</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>테이블</translation>
    </message>
    <message numerus="yes">
        <source>%n print job(s) failed. Check the printer, then retry in Settings → Printers.</source>
        <translation>
            <numerusform>인쇄 작업 %n건이 실패했습니다. 프린터를 확인한 뒤 설정 → 프린터에서 다시 시도하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation>보기</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>영업 관리</translation>
    </message>
</context>
<context>
    <name>ShiftModel</name>
    <message>
        <source>Opened %1 by %2 · float %3</source>
        <translation>%1 %2 영업 시작 · 시재금 %3</translation>
    </message>
    <message>
        <source>Opening the drawer without a sale needs a manager&apos;s approval.</source>
        <translation>판매 없이 금전함을 열려면 관리자 승인이 필요합니다.</translation>
    </message>
    <message>
        <source>VAT %1</source>
        <translation>부가세 %1</translation>
    </message>
    <message>
        <source>Z-report #%1</source>
        <translation>마감 정산(Z) #%1</translation>
    </message>
    <message>
        <source>X-report (shift so far)</source>
        <translation>중간 정산(X) · 현재까지</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 ~ %2</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>%1부터</translation>
    </message>
    <message numerus="yes">
        <source>%n stored figure(s) beyond the limits, written by an older version, are left out of these totals.</source>
        <translation>
            <numerusform>한도를 넘는 이전 버전의 기록 %n건은 이 합계에서 제외했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1 by %2&apos;s sale, with no float counted. Add the float in the drawer with Cash in.</source>
        <translation>%1 %2 님의 판매로 영업이 시작되었습니다. 시재금은 세지 않았으니 금전함의 시재금을 입금으로 넣으세요.</translation>
    </message>
</context>
<context>
    <name>ShiftPage</name>
    <message>
        <source>Shift</source>
        <translation>영업 관리</translation>
    </message>
    <message>
        <source>The day is closed.</source>
        <translation>영업이 마감되었습니다.</translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation>영업 시작</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>시재금</translation>
    </message>
    <message>
        <source>The cash in the drawer before the first sale.</source>
        <translation>첫 판매 전 금전함에 있는 현금입니다.</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>입금</translation>
    </message>
    <message>
        <source>Add to the drawer</source>
        <translation>금전함에 넣기</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>출금</translation>
    </message>
    <message>
        <source>Take from the drawer</source>
        <translation>금전함에서 꺼내기</translation>
    </message>
    <message>
        <source>No sale (open drawer)</source>
        <translation>금전함 열기</translation>
    </message>
    <message>
        <source>Open the drawer without a sale</source>
        <translation>판매 없이 금전함 열기</translation>
    </message>
    <message>
        <source>Ask a manager</source>
        <translation>관리자 승인 요청</translation>
    </message>
    <message>
        <source>A manager approves with their PIN. Every opening is on the Z-report.</source>
        <translation>관리자가 PIN으로 승인합니다. 금전함을 열 때마다 마감 정산(Z)에 기록됩니다.</translation>
    </message>
    <message>
        <source>Close day (Z-report)</source>
        <translation>영업 마감 (Z 정산)</translation>
    </message>
    <message>
        <source>Count the drawer</source>
        <translation>금전함 현금 확인</translation>
    </message>
    <message>
        <source>Close and print Z</source>
        <translation>마감하고 Z 출력</translation>
    </message>
    <message>
        <source>Count every note and coin in the drawer and enter the total.</source>
        <translation>금전함의 지폐와 동전을 모두 세어 합계를 입력하세요.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>The X-report shows here while a shift is open; closing the day gives the Z-report.</source>
        <translation>영업 중에는 여기에 중간 정산(X)이 표시되고, 영업을 마감하면 마감 정산(Z)이 나옵니다.</translation>
    </message>
    <message>
        <source>Open the drawer without a sale: %1</source>
        <translation>판매 없이 금전함 열기: %1</translation>
    </message>
    <message>
        <source>No shift is open. Count the float into the drawer and open one; otherwise the first sale opens one with no float.</source>
        <translation>영업이 시작되지 않았습니다. 시재금을 세어 금전함에 넣고 영업을 시작하세요. 그냥 판매하면 첫 판매가 시재금 없이 영업을 시작합니다.</translation>
    </message>
</context>
<context>
    <name>ShiftReportView</name>
    <message>
        <source>Sales</source>
        <translation>매출</translation>
    </message>
    <message>
        <source>Sales (%1)</source>
        <translation>판매 (%1건)</translation>
    </message>
    <message>
        <source>Refunds (%1)</source>
        <translation>환불 (%1건)</translation>
    </message>
    <message>
        <source>Voids (%1)</source>
        <translation>결제 취소 (%1건)</translation>
    </message>
    <message>
        <source>Discounts given</source>
        <translation>할인 금액</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>팁</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>순매출</translation>
    </message>
    <message>
        <source>By payment method</source>
        <translation>결제 수단별</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2건)</translation>
    </message>
    <message>
        <source>No payments yet.</source>
        <translation>아직 결제가 없습니다.</translation>
    </message>
    <message>
        <source>By staff member</source>
        <translation>직원별</translation>
    </message>
    <message>
        <source>By VAT rate (gross · net · VAT)</source>
        <translation>세율별 (합계 · 공급가액 · 부가세)</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>금전함</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>시재금</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>입금</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>출금</translation>
    </message>
    <message>
        <source>Drawer opened without a sale</source>
        <translation>판매 없이 금전함 연 횟수</translation>
    </message>
    <message>
        <source>Expected in the drawer</source>
        <translation>예상 현금</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>실제 현금</translation>
    </message>
    <message>
        <source>The drawer is right</source>
        <translation>시재 일치</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>현금 초과</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>현금 부족</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n order(s))</source>
        <translation>
            <numerusform>%1 (%n건)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShiftService</name>
    <message>
        <source>Reading the shift</source>
        <translation>영업 정보 읽기</translation>
    </message>
    <message>
        <source>The opening float cannot be negative.</source>
        <translation>시재금은 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>A shift is already open since %1.</source>
        <translation>%1부터 이미 영업 중입니다.</translation>
    </message>
    <message>
        <source>Reading the journal</source>
        <translation>거래 기록 읽기</translation>
    </message>
    <message>
        <source>Opening the shift</source>
        <translation>영업 시작</translation>
    </message>
    <message>
        <source>Unknown cash movement &quot;%1&quot;.</source>
        <translation>알 수 없는 현금 입출금 종류 &quot;%1&quot;입니다.</translation>
    </message>
    <message>
        <source>Give a reason for opening the drawer.</source>
        <translation>금전함을 여는 사유를 입력하세요.</translation>
    </message>
    <message>
        <source>Enter an amount above zero (none for a no-sale).</source>
        <translation>0보다 큰 금액을 입력하세요(금전함 열기는 금액 없음).</translation>
    </message>
    <message>
        <source>Opening the drawer without a sale needs a manager&apos;s approval.</source>
        <translation>판매 없이 금전함을 열려면 관리자 승인이 필요합니다.</translation>
    </message>
    <message>
        <source>Open a shift first.</source>
        <translation>먼저 영업을 시작하세요.</translation>
    </message>
    <message>
        <source>Recording the cash movement</source>
        <translation>현금 입출금 기록</translation>
    </message>
    <message>
        <source>No shift is open.</source>
        <translation>영업 중이 아닙니다.</translation>
    </message>
    <message>
        <source>Adding up the shift</source>
        <translation>영업 집계</translation>
    </message>
    <message>
        <source>The counted cash cannot be negative.</source>
        <translation>실제 현금은 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>Numbering the Z-report</source>
        <translation>마감 정산 번호 매기기</translation>
    </message>
    <message>
        <source>Closing the shift</source>
        <translation>영업 마감</translation>
    </message>
    <message>
        <source>staff member&apos;s name</source>
        <translation>직원 이름</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>opening float</source>
        <translation>시재금</translation>
    </message>
    <message>
        <source>cash in</source>
        <translation>입금액</translation>
    </message>
    <message>
        <source>cash out</source>
        <translation>출금액</translation>
    </message>
    <message>
        <source>Taking %1 out is more than the %2 the drawer holds; that needs a manager&apos;s approval.</source>
        <translation>출금 %1: 금전함에 있는 %2보다 많습니다. 관리자 승인이 필요합니다.</translation>
    </message>
    <message>
        <source>counted cash</source>
        <translation>실제 현금</translation>
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
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <source>Too many wrong PINs. A manager or the owner must unlock this account.</source>
        <translation>PIN을 너무 많이 틀렸습니다. 관리자나 대표가 잠금을 풀어야 합니다.</translation>
    </message>
    <message>
        <source>Unlock with a manager&apos;s PIN</source>
        <translation>관리자 PIN으로 잠금 해제</translation>
    </message>
    <message>
        <source>Unlock %1</source>
        <translation>%1 잠금 해제</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Split the bill</source>
        <translation>나눠서 계산</translation>
    </message>
    <message>
        <source>By items</source>
        <translation>메뉴별</translation>
    </message>
    <message>
        <source>Evenly</source>
        <translation>N분의 1</translation>
    </message>
    <message>
        <source>Guests paying</source>
        <translation>결제 인원</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Pay in %1 shares</source>
        <translation>%1명 나눠 결제</translation>
    </message>
    <message>
        <source>Pay %1 for %2 items</source>
        <translation>%2개 %1 결제</translation>
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
        <source>The staff member&apos;s name is empty.</source>
        <translation>직원 이름이 비어 있습니다.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;: use owner, manager or staff.</source>
        <translation>알 수 없는 역할 &quot;%1&quot;입니다. owner, manager, staff 중에서 고르세요.</translation>
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
        <source>Only the owner can set an owner&apos;s PIN.</source>
        <translation>대표의 PIN은 대표만 정할 수 있습니다.</translation>
    </message>
    <message>
        <source>Saving the PIN of %1</source>
        <translation>%1의 PIN 저장</translation>
    </message>
    <message>
        <source>staff member&apos;s name</source>
        <translation>직원 이름</translation>
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
    <message>
        <source>Bookable</source>
        <translation>예약 가능</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>화</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>수</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>목</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>금</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>토</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>일</translation>
    </message>
    <message>
        <source>break</source>
        <translation>휴게</translation>
    </message>
</context>
<context>
    <name>StaffEditorModel</name>
    <message>
        <source>Enter working hours as HH:MM, for example 10:00 and 20:00.</source>
        <translation>근무 시간을 HH:MM 형식으로 입력하세요. 예: 10:00, 20:00</translation>
    </message>
    <message>
        <source>Working hours must end after they start.</source>
        <translation>근무 끝 시간은 시작 시간보다 늦어야 합니다.</translation>
    </message>
    <message>
        <source>Enter the break as HH:MM to HH:MM, or leave both empty.</source>
        <translation>휴게 시간은 HH:MM부터 HH:MM까지 입력하거나 둘 다 비우세요.</translation>
    </message>
    <message>
        <source>The break must fall inside the working hours.</source>
        <translation>휴게 시간은 근무 시간 안에 있어야 합니다.</translation>
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
    <message>
        <source>Days off</source>
        <translation>휴무일</translation>
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
    <name>Stations</name>
    <message>
        <source>Kitchen</source>
        <translation>주방</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>바</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>That table has no open ticket.</source>
        <translation>그 테이블에는 열린 주문이 없습니다.</translation>
    </message>
    <message>
        <source>The table&apos;s ticket changed while paying. Check the amount and start again.</source>
        <translation>결제 중에 테이블 주문이 바뀌었습니다. 금액을 확인하고 다시 시작하세요.</translation>
    </message>
    <message>
        <source>A deposit is credited only to its own booking.</source>
        <translation>예약금은 해당 예약에만 차감할 수 있습니다.</translation>
    </message>
    <message>
        <source>More deposit is credited than the booking&apos;s deposit.</source>
        <translation>차감하려는 예약금이 받은 예약금보다 많습니다.</translation>
    </message>
    <message>
        <source>That booking does not exist.</source>
        <translation>그 예약이 없습니다.</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Platform sync</source>
        <translation>플랫폼 동기화</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>확인 필요</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>확인할 것이 없습니다.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>지금 동기화</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Needs attention: %1</source>
        <translation>확인 필요 %1건</translation>
    </message>
</context>
<context>
    <name>SyncStatusModel</name>
    <message numerus="yes">
        <source>Offline · %n waiting to upload</source>
        <translation>
            <numerusform>오프라인 · 업로드 대기 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>오프라인</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to upload</source>
        <translation>
            <numerusform>업로드 대기 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>연결 중…</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>동기화됨 %1</translation>
    </message>
    <message>
        <source>%1 as terminal %2 · %3</source>
        <translation>%1 · 단말기 %2 · %3</translation>
    </message>
    <message>
        <source>The last round did not finish; it is tried again.</source>
        <translation>지난 동기화가 끝나지 않았습니다. 다시 시도합니다.</translation>
    </message>
    <message>
        <source>The platform could not be reached. Everything waits on this terminal and goes up later.</source>
        <translation>플랫폼에 연결할 수 없습니다. 모든 내용은 이 단말기에 보관되었다가 나중에 올라갑니다.</translation>
    </message>
    <message>
        <source>A sale</source>
        <translation>판매</translation>
    </message>
    <message>
        <source>A shift</source>
        <translation>영업 마감·시재</translation>
    </message>
    <message>
        <source>The shop&apos;s details or staff</source>
        <translation>가게 정보나 직원</translation>
    </message>
    <message>
        <source>The menu</source>
        <translation>메뉴</translation>
    </message>
    <message>
        <source>A customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Bookings and staff hours</source>
        <translation>예약과 근무 시간</translation>
    </message>
    <message>
        <source>Reservations and the waitlist</source>
        <translation>테이블 예약과 대기 명단</translation>
    </message>
    <message>
        <source>A change this terminal does not know</source>
        <translation>이 단말기가 모르는 변경</translation>
    </message>
    <message>
        <source>The platform did not take this change. It stays on this terminal.</source>
        <translation>플랫폼이 이 변경을 받지 않았습니다. 이 단말기에는 그대로 남아 있습니다.</translation>
    </message>
    <message>
        <source>A change from terminal %1 could not be applied here.</source>
        <translation>단말기 %1의 변경을 이 단말기에 반영하지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>TableActionsDialog</name>
    <message>
        <source>Table %1</source>
        <translation>테이블 %1</translation>
    </message>
    <message>
        <source>Move the party to a free table</source>
        <translation>빈 테이블로 이동</translation>
    </message>
    <message>
        <source>No table is free.</source>
        <translation>빈 테이블이 없습니다.</translation>
    </message>
    <message>
        <source>Merge this ticket into another table</source>
        <translation>다른 테이블과 합석</translation>
    </message>
    <message>
        <source>No other table is taken.</source>
        <translation>사용 중인 다른 테이블이 없습니다.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>TableAvailability</name>
    <message>
        <source>A party of %1 is not between 1 and %2 guests.</source>
        <translation>%1명은 1명에서 %2명 사이가 아닙니다.</translation>
    </message>
    <message>
        <source>The date is not valid.</source>
        <translation>올바른 날짜가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 has %2 seats; a table needs at least one.</source>
        <translation>%1의 좌석이 %2석입니다. 테이블에는 좌석이 하나 이상 필요합니다.</translation>
    </message>
    <message>
        <source>Two tables have the id &quot;%1&quot;.</source>
        <translation>ID가 &quot;%1&quot;인 테이블이 두 개입니다.</translation>
    </message>
    <message>
        <source>%1 and %2 share position %3 in the group %4.</source>
        <translation>%1와(과) %2가 %4 그룹에서 같은 위치 %3에 있습니다.</translation>
    </message>
    <message>
        <source>No table or combination of tables seats a party of %1; the largest seats %2.</source>
        <translation>%1명이 앉을 테이블이나 테이블 조합이 없습니다. 가장 큰 조합은 %2석입니다.</translation>
    </message>
    <message>
        <source>The duration of %1 minutes is not between 1 and 1440.</source>
        <translation>%1분은 1분에서 1440분 사이가 아닙니다.</translation>
    </message>
    <message>
        <source>The step of %1 minutes is not between 1 and 1440.</source>
        <translation>간격 %1분은 1분에서 1440분 사이가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <source>‹ Floor</source>
        <translation>‹ 홀</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>테이블 %1</translation>
    </message>
    <message>
        <source>%1 guests</source>
        <translation>%1명</translation>
    </message>
    <message>
        <source>Move / merge</source>
        <translation>이동 / 합석</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>options</source>
        <translation>옵션</translation>
    </message>
    <message>
        <source>No items match.</source>
        <translation>일치하는 상품이 없습니다.</translation>
    </message>
    <message>
        <source>Pay the picked items</source>
        <translation>선택 메뉴 결제</translation>
    </message>
    <message>
        <source>Back to the floor</source>
        <translation>홀로 돌아가기</translation>
    </message>
    <message>
        <source>Back to the table</source>
        <translation>테이블로 돌아가기</translation>
    </message>
</context>
<context>
    <name>TablePaymentModel</name>
    <message>
        <source>That table has no open ticket.</source>
        <translation>그 테이블에는 열린 주문이 없습니다.</translation>
    </message>
</context>
<context>
    <name>TableService</name>
    <message>
        <source>That table has no open ticket.</source>
        <translation>그 테이블에는 열린 주문이 없습니다.</translation>
    </message>
    <message>
        <source>An area needs a name.</source>
        <translation>구역에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>Saving the area</source>
        <translation>구역 저장</translation>
    </message>
    <message>
        <source>A table needs a name, 1 to 99 seats and a size.</source>
        <translation>테이블에는 이름, 좌석 1~99개, 크기가 필요합니다.</translation>
    </message>
    <message>
        <source>Saving the table</source>
        <translation>테이블 저장</translation>
    </message>
    <message>
        <source>This area already has a table named %1.</source>
        <translation>이 구역에 이미 %1 테이블이 있습니다.</translation>
    </message>
    <message>
        <source>The table has an open ticket; pay or move it first.</source>
        <translation>열린 주문이 있는 테이블입니다. 먼저 결제하거나 옮기세요.</translation>
    </message>
    <message>
        <source>Removing the table</source>
        <translation>테이블 삭제</translation>
    </message>
    <message>
        <source>Reading the floor plan</source>
        <translation>홀 배치도 읽기</translation>
    </message>
    <message>
        <source>Reading the table&apos;s ticket</source>
        <translation>테이블 주문 읽기</translation>
    </message>
    <message>
        <source>Opening the table</source>
        <translation>테이블 열기</translation>
    </message>
    <message>
        <source>Saving the table&apos;s ticket</source>
        <translation>테이블 주문 저장</translation>
    </message>
    <message>
        <source>There is no such table.</source>
        <translation>그런 테이블이 없습니다.</translation>
    </message>
    <message>
        <source>That table is taken; merge the tables instead.</source>
        <translation>사용 중인 테이블입니다. 대신 합석하세요.</translation>
    </message>
    <message>
        <source>Moving the party</source>
        <translation>테이블 이동</translation>
    </message>
    <message>
        <source>Choose another table to merge with.</source>
        <translation>합석할 다른 테이블을 고르세요.</translation>
    </message>
    <message>
        <source>Merging the tables</source>
        <translation>테이블 합석</translation>
    </message>
    <message>
        <source>Pick between 1 and the ordered quantity of each item.</source>
        <translation>메뉴마다 1개부터 주문 수량까지 고를 수 있습니다.</translation>
    </message>
    <message>
        <source>Pick the items to pay separately.</source>
        <translation>따로 결제할 메뉴를 고르세요.</translation>
    </message>
    <message>
        <source>Freeing the table</source>
        <translation>테이블 비우기</translation>
    </message>
    <message>
        <source>Routing to the kitchen</source>
        <translation>주방 전송 경로 확인</translation>
    </message>
    <message>
        <source>A station needs a name and a course from 1 to 9.</source>
        <translation>주방 스테이션에는 이름과 1~9 사이의 코스가 필요합니다.</translation>
    </message>
    <message>
        <source>Saving the kitchen station</source>
        <translation>주방 스테이션 저장</translation>
    </message>
    <message>
        <source>Reading the joined tables</source>
        <translation>붙인 테이블 읽기</translation>
    </message>
    <message>
        <source>This table is joined to table %1 for a seated party; their ticket is on %1.</source>
        <translation>이 테이블은 착석한 단체를 위해 %1번 테이블에 붙어 있습니다. 주문은 %1번에 있습니다.</translation>
    </message>
    <message>
        <source>area name</source>
        <translation>구역 이름</translation>
    </message>
    <message>
        <source>table name</source>
        <translation>테이블 이름</translation>
    </message>
    <message>
        <source>kitchen station</source>
        <translation>주방 스테이션</translation>
    </message>
</context>
<context>
    <name>TableTicketModel</name>
    <message>
        <source>Guest %1</source>
        <translation>손님 %1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>신규</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>전송됨</translation>
    </message>
    <message>
        <source>VAT %1 included</source>
        <translation>부가세 %1 포함</translation>
    </message>
    <message>
        <source>Seat guests at the table first.</source>
        <translation>먼저 테이블에 손님을 앉히세요.</translation>
    </message>
    <message>
        <source>This item is not for sale.</source>
        <translation>판매하지 않는 상품입니다.</translation>
    </message>
    <message>
        <source>That option is not offered with this item.</source>
        <translation>이 상품에는 그 옵션이 없습니다.</translation>
    </message>
    <message>
        <source>There is no such line.</source>
        <translation>그런 항목이 없습니다.</translation>
    </message>
    <message>
        <source>Keep the note under %1 characters.</source>
        <translation>메모는 %1자 이내로 쓰세요.</translation>
    </message>
    <message>
        <source>There is nothing to bill yet.</source>
        <translation>아직 계산할 주문이 없습니다.</translation>
    </message>
</context>
<context>
    <name>TableTicketPanel</name>
    <message>
        <source>%1 items</source>
        <translation>%1개</translation>
    </message>
    <message>
        <source>Kitchen log (%1)</source>
        <translation>주방 전송 내역 (%1)</translation>
    </message>
    <message>
        <source>Tap dishes on the left to add them.</source>
        <translation>왼쪽에서 메뉴를 눌러 추가하세요.</translation>
    </message>
    <message>
        <source>This table is free.</source>
        <translation>빈 테이블입니다.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>Send to kitchen (%1)</source>
        <translation>주방 전송 (%1)</translation>
    </message>
    <message>
        <source>Kitchen is up to date</source>
        <translation>주방 전송 완료</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>계산서</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>분할</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>결제하기</translation>
    </message>
    <message>
        <source>Deposit paid (%1), credited</source>
        <translation>받은 예약금 (%1) 차감</translation>
    </message>
    <message>
        <source>Left to pay</source>
        <translation>남은 결제 금액</translation>
    </message>
</context>
<context>
    <name>TableTile</name>
    <message>
        <source>%1 guests</source>
        <translation>%1명</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <source>%1 seats</source>
        <translation>%1석</translation>
    </message>
    <message>
        <source>With table %1</source>
        <translation>%1번 테이블과 함께</translation>
    </message>
</context>
<context>
    <name>Tenders</name>
    <message>
        <source>Payment reference</source>
        <translation>결제 참조 번호</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>현금</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>카드</translation>
    </message>
    <message>
        <source>Approval number</source>
        <translation>승인 번호</translation>
    </message>
    <message>
        <source>Booking deposit</source>
        <translation>예약금</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>예약</translation>
    </message>
    <message>
        <source>Platform QR</source>
        <translation>플랫폼 QR</translation>
    </message>
    <message>
        <source>Platform token</source>
        <translation>플랫폼 토큰</translation>
    </message>
    <message>
        <source>Platform auto-pay</source>
        <translation>플랫폼 자동결제</translation>
    </message>
    <message>
        <source>A tender kind needs a code.</source>
        <translation>결제 수단에는 코드가 필요합니다.</translation>
    </message>
    <message>
        <source>The tender kind &quot;%1&quot; is already registered.</source>
        <translation>결제 수단 &quot;%1&quot;: 이미 등록되어 있습니다.</translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>The %1 is %2 characters; the maximum is %3.</source>
        <translation>%1: %2자입니다. 최대 %3자까지 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>The %1 contains a control character (%2) at position %3.</source>
        <translation>%1의 %3번째 글자에 제어 문자(%2)가 있습니다.</translation>
    </message>
    <message>
        <source>The %1 contains a text direction control (%2) at position %3.</source>
        <translation>%1의 %3번째 글자에 텍스트 방향 제어 문자(%2)가 있습니다.</translation>
    </message>
    <message>
        <source>The %1 contains an invalid character (%2) at position %3: the text was not valid UTF-8.</source>
        <translation>%1의 %3번째 글자에 잘못된 문자(%2)가 있습니다. 올바른 UTF-8 텍스트가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>Ticket</name>
    <message>
        <source>A discount on %1 cannot be negative.</source>
        <translation>%1 할인은 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>A discount on %1 cannot exceed 100%.</source>
        <translation>%1 할인은 100%를 넘을 수 없습니다.</translation>
    </message>
    <message>
        <source>The discount on %1 is more than its amount.</source>
        <translation>%1 할인이 금액보다 큽니다.</translation>
    </message>
    <message>
        <source>The option %1 is not offered with this item.</source>
        <translation>이 상품에는 %1 옵션이 없습니다.</translation>
    </message>
    <message>
        <source>The option %1 is chosen twice.</source>
        <translation>%1 옵션이 두 번 선택되었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1: choose at least %n option(s).</source>
        <translation>
            <numerusform>%1: 옵션을 %n개 이상 고르세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: choose at most %n option(s).</source>
        <translation>
            <numerusform>%1: 옵션은 %n개까지 고를 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The ticket has no items.</source>
        <translation>주문서에 상품이 없습니다.</translation>
    </message>
    <message>
        <source>The tip cannot be negative.</source>
        <translation>팁은 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>%1: the quantity must be 1 or more.</source>
        <translation>%1: 수량은 1 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>%1: the VAT rate is out of range.</source>
        <translation>%1: 부가세율이 허용 범위를 벗어났습니다.</translation>
    </message>
    <message>
        <source>%1: an option price is invalid.</source>
        <translation>%1: 옵션 가격이 잘못되었습니다.</translation>
    </message>
    <message>
        <source>%1: the price is negative.</source>
        <translation>%1: 가격이 음수입니다.</translation>
    </message>
    <message>
        <source>the order</source>
        <translation>주문 전체</translation>
    </message>
    <message>
        <source>The saved ticket is damaged (%1).</source>
        <translation>저장된 주문서가 손상되었습니다(%1).</translation>
    </message>
    <message>
        <source>The %1 is over the maximum of %2.</source>
        <translation>%1: 최대 한도 %2보다 큽니다.</translation>
    </message>
    <message>
        <source>discount on %1</source>
        <translation>%1 할인</translation>
    </message>
    <message>
        <source>tip</source>
        <translation>팁</translation>
    </message>
    <message>
        <source>price of %1</source>
        <translation>%1 가격</translation>
    </message>
    <message>
        <source>option price of %1</source>
        <translation>%1 옵션 가격</translation>
    </message>
    <message>
        <source>price of %1 with its options</source>
        <translation>옵션을 포함한 %1 가격</translation>
    </message>
    <message>
        <source>line total of %1 (%2 × %3)</source>
        <translation>%1 줄 합계(%2 × %3)</translation>
    </message>
    <message>
        <source>ticket total</source>
        <translation>주문 합계</translation>
    </message>
    <message>
        <source>ticket total %1</source>
        <translation>주문 합계 %1</translation>
    </message>
</context>
<context>
    <name>TicketPanel</name>
    <message numerus="yes">
        <source>Ticket · %n item(s)</source>
        <translation>
            <numerusform>주문서 · %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>주문서</translation>
    </message>
    <message>
        <source>On hold (%1)</source>
        <translation>보류 주문 (%1)</translation>
    </message>
    <message>
        <source>%1 each</source>
        <translation>개당 %1</translation>
    </message>
    <message>
        <source>Tap an item or scan a barcode.</source>
        <translation>상품을 누르거나 바코드를 스캔하세요.</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>소계</translation>
    </message>
    <message>
        <source>Discount (ticket %1)</source>
        <translation>할인 (전체 %1)</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>할인</translation>
    </message>
    <message>
        <source>%1 (included)</source>
        <translation>%1 (포함)</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>팁</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>보류</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>비우기</translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation>%1 결제하기</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>결제하기</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>직접</translation>
    </message>
    <message>
        <source>Deposit paid (%1), credited</source>
        <translation>받은 예약금 (%1) 차감</translation>
    </message>
    <message>
        <source>Left to pay</source>
        <translation>남은 결제 금액</translation>
    </message>
    <message>
        <source>+ Customer</source>
        <translation>+ 고객</translation>
    </message>
</context>
<context>
    <name>TipDialog</name>
    <message>
        <source>Enter the tip as an amount, e.g. 2000.</source>
        <translation>팁을 금액으로 입력하세요. 예: 2000</translation>
    </message>
    <message>
        <source>Tip amount</source>
        <translation>팁 금액</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>적용</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>Nothing sold yet today</source>
        <translation>오늘은 아직 판매가 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s)</source>
        <translation>
            <numerusform>판매 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s) or void(s)</source>
        <translation>
            <numerusform>환불·취소 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>현장 방문</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>No party is seated</source>
        <translation>앉아 있는 손님이 없습니다</translation>
    </message>
    <message>
        <source>No one is checked in</source>
        <translation>체크인한 손님이 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>외 %n팀</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · party of %2 · table %3</source>
        <translation>%1 · %2명 · 테이블 %3</translation>
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
        <source>No shift is open on this terminal.</source>
        <translation>이 단말기는 영업 중이 아닙니다.</translation>
    </message>
    <message>
        <source>Close day</source>
        <translation>영업 마감</translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation>영업 시작</translation>
    </message>
    <message>
        <source>No one else is expected today.</source>
        <translation>오늘 더 올 예약 손님이 없습니다.</translation>
    </message>
    <message>
        <source>Expected today</source>
        <translation>오늘 예정된 손님</translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n명 지각</numerusform>
        </translation>
    </message>
    <message>
        <source>Sales today</source>
        <translation>오늘 매출</translation>
    </message>
    <message>
        <source>Seated now</source>
        <translation>지금 식사 중</translation>
    </message>
    <message>
        <source>Here now</source>
        <translation>지금 와 있는 손님</translation>
    </message>
    <message>
        <source>Waiting to upload</source>
        <translation>업로드 대기</translation>
    </message>
    <message>
        <source>Kept safely on this terminal. It is not connected to the platform yet.</source>
        <translation>이 단말기에 안전하게 보관되어 있습니다. 아직 플랫폼에 연결되지 않았습니다.</translation>
    </message>
    <message>
        <source>Kept safely on this terminal until the platform has it.</source>
        <translation>플랫폼에 올라갈 때까지 이 단말기에 안전하게 보관됩니다.</translation>
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
<context>
    <name>ViewModelStatus</name>
    <message>
        <source>No terminal database is open.</source>
        <translation>열린 단말기 데이터베이스가 없습니다.</translation>
    </message>
</context>
<context>
    <name>WaitlistModel</name>
    <message>
        <source>Added at %1, no wait quoted</source>
        <translation>%1 등록, 바로 안내 가능</translation>
    </message>
    <message numerus="yes">
        <source>Quoted %n min at %1</source>
        <translation>
            <numerusform>%1 등록, 예상 대기 %n분 안내</numerusform>
        </translation>
    </message>
    <message>
        <source>No table before closing</source>
        <translation>마감 전까지 자리 없음</translation>
    </message>
    <message>
        <source>%1 is free now</source>
        <translation>지금 %1 비어 있음</translation>
    </message>
    <message numerus="yes">
        <source>About %n min (%1)</source>
        <translation>
            <numerusform>약 %n분 (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>테이블 %1</translation>
    </message>
    <message>
        <source>A table is free now</source>
        <translation>지금 빈 테이블이 있습니다</translation>
    </message>
    <message numerus="yes">
        <source>About %n min</source>
        <translation>
            <numerusform>약 %n분</numerusform>
        </translation>
    </message>
    <message>
        <source>That party is no longer waiting.</source>
        <translation>더 이상 기다리는 손님이 아닙니다.</translation>
    </message>
    <message>
        <source>No table is free for them yet.</source>
        <translation>아직 앉을 테이블이 없습니다.</translation>
    </message>
</context>
<context>
    <name>WaitlistPanel</name>
    <message>
        <source>Waitlist</source>
        <translation>대기 명단</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Phone, to call them</source>
        <translation>부를 전화번호</translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n명</numerusform>
        </translation>
    </message>
    <message>
        <source>Add</source>
        <translation>등록</translation>
    </message>
    <message>
        <source>Quote now: %1</source>
        <translation>지금 안내: %1</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>착석</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>떠남</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>기다리는 손님이 없습니다.</translation>
    </message>
</context>
</TS>
