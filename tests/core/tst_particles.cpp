// particles::resolve: the Korean particle pair a translation writes after a word put in at run time becomes the
// one that fits the word.
#include "base/error.h"
#include "base/particles.h"

#include <QTest>

using namespace madang;

class TestParticles : public QObject
{
    Q_OBJECT

private slots:
    void resolve_data();
    void resolve();
    void errorsAreResolvedWhenMade_data() { resolve_data(); }
    void errorsAreResolvedWhenMade();
};

void TestParticles::resolve_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name, const char *text, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("consonant 을", "영수증을(를) 인쇄합니다", "영수증을 인쇄합니다");
    row("vowel 를", "메뉴을(를) 고르세요", "메뉴를 고르세요");
    row("consonant 이", "상품 김밥이(가) 없습니다.", "상품 김밥이 없습니다.");
    row("vowel 가", "상품 라떼이(가) 없습니다.", "상품 라떼가 없습니다.");
    row("은 after a consonant", "테이블 창가석은(는) 예약되어 있습니다", "테이블 창가석은 예약되어 있습니다");
    row("는 after a vowel", "김미나은(는) 잠겼습니다", "김미나는 잠겼습니다");
    row("과 and 와", "기록 5과(와) 기록 2와(과)", "기록 5와 기록 2와");
    row("으로 after a consonant", "대기에서 완료(으)로 옮김, 취소됨(으)로", "대기에서 완료로 옮김, 취소됨으로");
    row("로 after ㄹ", "서울(으)로 보냅니다", "서울로 보냅니다");
    row("digits by their reading", "T1은(는) 1이(가) 3이(가) 10이(가) 2을(를) 7(으)로 6(으)로",
        "T1은 1이 3이 10이 2를 7로 6으로");
    row("a quoted word", "\"김밥\"이(가) 두 번, '커피'을(를)", "\"김밥\"이 두 번, '커피'를");
    row("a remark in brackets is read past", "madang.db(스키마 3)을(를) 백업했습니다",
        "madang.db(스키마 3)를 백업했습니다");
    row("a capital code by letter names", "SKU은(는) PDF을(를) HTML은(는) KRW은(는) CRM을(를)",
        "SKU는 PDF를 HTML은 KRW는 CRM을");
    row("a short word with no vowel by letter names", "db을(를) csv은(는) sql(으)로", "db를 csv는 sql로");
    row("a Latin word by its last letter", "Mina은(는) Cut을(를) Hall은(는) Owner은(는) Kim이(가)",
        "Mina는 Cut을 Hall은 Owner는 Kim이");
    row("nothing before the pair keeps it", "을(를) 고르세요", "을(를) 고르세요");
    row("a symbol before the pair keeps it", "₩은(는)", "₩은(는)");
    row("unbalanced bracket keeps it", "파일)을(를)", "파일)을(를)");
    row("no pair", "영수증 T1-000001 (재발행)", "영수증 T1-000001 (재발행)");
    row("a lone bracket is not a pair", "이(가나다) 순서", "이(가나다) 순서");
    row("empty", "", "");
    row("English text is left alone", "Cannot open (read-only) file", "Cannot open (read-only) file");
}

void TestParticles::resolve()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(particles::resolve(text), expected);
}

// An error's message is resolved once, where it is made, so that no screen, log or command line shows the pair,
// whichever way the message reaches it; resolving it again changes nothing.
void TestParticles::errorsAreResolvedWhenMade()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const Error error = makeError(ErrorCode::NotFound, text);
    QCOMPARE(error.code, ErrorCode::NotFound);
    QCOMPARE(error.message, expected);
    QCOMPARE(particles::resolve(error.message), expected);
}

QTEST_GUILESS_MAIN(TestParticles)
#include "tst_particles.moc"
