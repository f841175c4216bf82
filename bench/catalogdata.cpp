#include "catalogdata.h"

#include "catalog/search/catalogsearch.h"

#include <QRegularExpression>
#include <QUuid>
#include <algorithm>

namespace {
QStringList list(const char *words)
{
    return QString::fromUtf8(words).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// Vocabulary. Multi-word entries use '_' for a space.
const QStringList kFoodBases =
    list("김치 된장 순두부 부대 고추장 청국장 갈비 불고기 제육 해물 낙지 오징어 닭 돼지 소고기 차돌 "
         "참치 햄 치즈 새우 곱창 명란 떡 만두 비빔 물 회 쭈꾸미 우삼겹 전복");
const QStringList kFoodDishes =
    list("찌개 전골 볶음 덮밥 국수 칼국수 탕 구이 찜 볶음밥 냉면 국밥 김밥 라면 우동 파스타 리조또 "
         "전 튀김 비빔밥");
const QStringList kFoodAdjectives = list("매운 얼큰한 순한 특 왕 수제 옛날 시골 즉석 직화");
const QStringList kEnglishModifiers = list("Spicy Mild Large Small Regular Set Combo Special Premium Family Deluxe "
                                           "Classic Original Signature Mini Double");
const QStringList kDrinksKorean =
    list("아메리카노 카페라떼 바닐라라떼 카푸치노 콜드브루 녹차라떼 유자차 식혜 수정과 레몬에이드 "
         "막걸리 소주 맥주 생맥주 하이볼");
const QStringList kDrinksEnglish =
    list("Americano Latte Espresso Mocha Cold_Brew Green_Tea Lemonade Smoothie Highball");
const QStringList kDrinkPrefixes = list("아이스 핫 디카페인");
const QStringList kDrinkSizes = list("Tall Grande Venti 톨 그란데");
const QStringList kSalonServices =
    list("커트 펌 염색 클리닉 드라이 매직 셋팅펌 디지털펌 볼륨매직 뿌리염색 탈색 두피케어 젤네일 "
         "패디큐어 속눈썹펌 왁싱 업스타일 메이크업");
const QStringList kSalonQualifiers = list("여성 남성 아동 학생 원장 실장 디자이너");
const QStringList kSalonEnglish = list("Cut Perm Color Bleach Treatment Nail Styling Long Short Premium");
const QStringList kCleaningServices =
    list("입주청소 이사청소 거주청소 에어컨청소 세탁기청소 냉장고청소 욕실청소 주방청소 "
         "사무실청소 베란다청소 곰팡이제거 새집증후군 방역");
const QStringList kCleaningQualifiers = list("원룸 투룸 20평 24평 32평 40평 1대 2대 정기 격주");
const QStringList kCleaningEnglish = list("Deep_Clean Move-in Standard Express Weekly");
const QStringList kBrandSyllables =
    list("미 소 한 솔 다 온 가 람 하 나 별 빛 누 리 봄 여 름 정 새 벽 달 해 도 란 숲 결 아 라 초 록");

const QStringList kFoodCategories = list("식사 찌개·전골 면류 분식 구이 덮밥 안주 사이드 세트메뉴 어린이메뉴");
const QStringList kDrinkCategories = list("커피 음료 차 주류 디저트");
const QStringList kSalonCategories = list("커트 펌 염색 클리닉 네일 메이크업 왁싱 스타일링");
const QStringList kCleaningCategories = list("입주청소 이사청소 가전청소 사무실청소 정기청소 특수청소 방역");

QString spaced(const QString &entry)
{
    return QString(entry).replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString withGrouping(qint64 amount)
{
    QString digits = QString::number(amount);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3) {
        digits.insert(i, QLatin1Char(','));
    }
    return digits;
}

QString ean13(qsizetype serial)
{
    QString code = QStringLiteral("880") + QString::number(serial).rightJustified(9, QLatin1Char('0'));
    int sum = 0;
    for (int i = 0; i < 12; ++i) {
        sum += (code.at(i).unicode() - u'0') * (i % 2 == 0 ? 1 : 3);
    }
    return code + QString::number((10 - sum % 10) % 10);
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))) {
        return text;
    }
    return QLatin1Char('"') + QString(text).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + QLatin1Char('"');
}

bool hasHangul(const QString &word)
{
    return std::any_of(word.cbegin(), word.cend(),
                       [](QChar c) { return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3; });
}

QStringList hangulWords(const QString &name)
{
    static const QRegularExpression sep(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList out;
    for (const QString &w : name.split(sep, Qt::SkipEmptyParts)) {
        if (hasHangul(w)) {
            out << w;
        }
    }
    return out;
}
} // namespace

CatalogData::CatalogData(quint64 seed) : m_rng(seed) {}

QString CatalogData::uuidText()
{
    const quint64 hi = m_rng();
    const quint64 lo = m_rng();
    QByteArray bytes(16, Qt::Uninitialized);
    for (int i = 0; i < 8; ++i) {
        bytes[i] = static_cast<char>((hi >> (8 * (7 - i))) & 0xFF);
        bytes[8 + i] = static_cast<char>((lo >> (8 * (7 - i))) & 0xFF);
    }
    bytes[6] = static_cast<char>(0x70 | (bytes[6] & 0x0F));
    bytes[8] = static_cast<char>(0x80 | (bytes[8] & 0x3F));
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

QString CatalogData::brand()
{
    QString name;
    for (int i = 0, n = 2 + static_cast<int>(below(2)); i < n; ++i) {
        name += pick(kBrandSyllables);
    }
    return chance(40) ? name + QStringLiteral("네") : name;
}

GeneratedItem CatalogData::dish()
{
    QStringList parts;
    if (chance(20)) {
        parts << brand();
    }
    if (chance(30)) {
        parts << pick(kFoodAdjectives);
    }
    parts << pick(kFoodBases) + pick(kFoodDishes);
    if (chance(35)) {
        parts << pick(kEnglishModifiers);
    }
    if (chance(10)) {
        parts << QStringLiteral("(%1인)").arg(2 + below(3));
    }
    GeneratedItem item;
    item.name = parts.join(QLatin1Char(' '));
    if (chance(3)) {
        item.name += QStringLiteral(", 공기밥 포함");
    }
    item.category = pick(kFoodCategories);
    item.priceMinor = between(3000, 45000, 500);
    return item;
}

GeneratedItem CatalogData::drink()
{
    GeneratedItem item;
    const QString prefix = chance(40) ? pick(kDrinkPrefixes) + QLatin1Char(' ') : QString();
    item.name = prefix + (chance(60) ? pick(kDrinksKorean) : spaced(pick(kDrinksEnglish)));
    if (chance(30)) {
        item.name += QLatin1Char(' ') + pick(kDrinkSizes);
    }
    item.category = pick(kDrinkCategories);
    item.priceMinor = between(1500, 9000, 500);
    return item;
}

GeneratedItem CatalogData::salonService()
{
    QStringList parts;
    if (chance(60)) {
        parts << pick(kSalonQualifiers);
    }
    parts << pick(kSalonServices);
    if (chance(40)) {
        parts << pick(kSalonEnglish);
    }
    if (chance(15)) {
        parts << QStringLiteral("by") << brand();
    }
    GeneratedItem item;
    item.name = parts.join(QLatin1Char(' '));
    item.category = pick(kSalonCategories);
    item.priceMinor = between(8000, 300000, 1000);
    item.durationMin = static_cast<int>(between(20, 240, 10));
    return item;
}

GeneratedItem CatalogData::cleaningPackage()
{
    QStringList parts;
    if (chance(70)) {
        parts << pick(kCleaningQualifiers);
    }
    parts << pick(kCleaningServices);
    if (chance(40)) {
        parts << spaced(pick(kCleaningEnglish));
    }
    GeneratedItem item;
    item.name = parts.join(QLatin1Char(' '));
    item.category = pick(kCleaningCategories);
    item.priceMinor = between(30000, 800000, 10000);
    item.durationMin = static_cast<int>(between(60, 480, 30));
    return item;
}

QList<GeneratedItem> CatalogData::items(qsizetype count)
{
    QList<GeneratedItem> out;
    out.reserve(count);
    for (qsizetype n = 0; n < count; ++n) {
        const quint64 kind = below(100);
        const bool goods = kind < 60;
        GeneratedItem item = kind < 45 ? dish() : kind < 60 ? drink() : kind < 85 ? salonService() : cleaningPackage();
        const char16_t line = kind < 45 ? u'F' : kind < 60 ? u'D' : kind < 85 ? u'S' : u'C';
        item.sku = QChar(line) + QStringLiteral("-") + QString::number(n + 1).rightJustified(6, QLatin1Char('0'));
        if (chance(2)) {
            item.category.clear();
        }
        item.priceText = chance(10) ? withGrouping(item.priceMinor) : QString::number(item.priceMinor);
        if (const quint64 vat = below(100); vat < 15) {
            item.vatText = QStringLiteral("10");
        } else if (vat < 20) {
            item.vatText = QStringLiteral("0");
            item.vatBasisPoints = 0;
        }
        if (item.durationMin > 0) {
            item.durationText = QString::number(item.durationMin);
        }
        if (chance(goods ? 40 : 5)) {
            item.barcode = ean13(n + 1);
        }
        out << item;
    }
    return out;
}

QByteArray CatalogData::toCsv(const QList<GeneratedItem> &items)
{
    QString text = QStringLiteral("sku,name,category,price,vat_rate,duration_min,barcode\n");
    text.reserve(items.size() * 64);
    for (const GeneratedItem &item : items) {
        text += item.sku + QLatin1Char(',') + csvField(item.name) + QLatin1Char(',') + csvField(item.category) +
                QLatin1Char(',') + csvField(item.priceText) + QLatin1Char(',') + item.vatText + QLatin1Char(',') +
                item.durationText + QLatin1Char(',') + item.barcode + QLatin1Char('\n');
    }
    return text.toUtf8();
}

QString CatalogData::queryKind(qsizetype i)
{
    static const QStringList kinds = list("latin-prefix sku-prefix hangul-prefix hangul-infix initials two-words");
    return kinds.at(i % kinds.size());
}

QStringList CatalogData::queries(const QList<GeneratedItem> &items, qsizetype count)
{
    const QStringList latin = kEnglishModifiers + kSalonEnglish + kDrinksEnglish + kCleaningEnglish;
    const auto latinPrefix = [&] {
        QString word = spaced(pick(latin)).left(1 + static_cast<qsizetype>(below(3)));
        return chance(50) ? word.toLower() : word;
    };
    const auto someHangulWord = [&] {
        for (;;) { // every vertical has Hangul names, so this ends quickly
            const QStringList ws = hangulWords(items.at(static_cast<qsizetype>(below(items.size()))).name);
            if (!ws.isEmpty()) {
                return ws.at(static_cast<qsizetype>(below(ws.size())));
            }
        }
    };
    const auto prefix = [&](const QString &word, qsizetype minLength) {
        const qsizetype lo = std::min(minLength, word.size());
        return word.left(lo + static_cast<qsizetype>(below(word.size() - lo + 1)));
    };
    QStringList out;
    out.reserve(count);
    for (qsizetype i = 0; i < count && !items.isEmpty(); ++i) {
        switch (i % 6) { // the order of queryKind()
        case 0:
            out << latinPrefix();
            break;
        case 1:
            out << prefix(items.at(static_cast<qsizetype>(below(items.size()))).sku, 3);
            break;
        case 2:
            out << prefix(someHangulWord(), 1);
            break;
        case 3: {
            QString word = someHangulWord();
            while (word.size() < 2) {
                word = someHangulWord();
            }
            out << word.mid(1 + static_cast<qsizetype>(below(word.size() - 1)));
            break;
        }
        case 4:
            out << prefix(madang::CatalogSearch::initials(someHangulWord()), 2);
            break;
        default: {
            const QStringList ws = hangulWords(items.at(static_cast<qsizetype>(below(items.size()))).name);
            const QString first = ws.isEmpty() ? someHangulWord() : ws.constFirst();
            const QString second = ws.size() > 1 ? prefix(ws.at(1), 1) : latinPrefix();
            out << first + QLatin1Char(' ') + second;
            break;
        }
        }
    }
    return out;
}

QStringList CatalogData::extraQueries(const QList<GeneratedItem> &items, qsizetype count)
{
    QStringList barcodes;
    for (const GeneratedItem &item : items) {
        if (!item.barcode.isEmpty()) {
            barcodes << item.barcode;
        }
    }
    // Words in no generated name, sku or barcode: what a mistyped or foreign word costs.
    static const QStringList kMisses = list("xylo qwz zzz 똠얌 ㅋㅋㅋ jjx 쀍 vortex 9z9 ㅃㅉ quokka 뷁");
    QStringList out;
    out.reserve(count);
    for (qsizetype i = 0; i < count && !barcodes.isEmpty(); ++i) {
        const QString barcode = pick(barcodes);
        switch (i % 3) {
        case 0:
            out << barcode;
            break;
        case 1:
            out << barcode.left(4 + static_cast<qsizetype>(below(5)));
            break;
        default:
            out << pick(kMisses);
            break;
        }
    }
    return out;
}

QString CatalogData::queryShape(const QString &query, qsizetype results)
{
    if (results == 0) {
        return QStringLiteral("no hit");
    }
    const QString text = query.trimmed();
    if (text.contains(QLatin1Char(' '))) {
        return QStringLiteral("two words");
    }
    const auto all = [&text](auto test) { return std::all_of(text.begin(), text.end(), test); };
    if (all([](QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; })) {
        return QStringLiteral("digits");
    }
    if (text.contains(QLatin1Char('-'))) {
        return QStringLiteral("sku");
    }
    if (all([](QChar c) { return c.unicode() >= 0x3131 && c.unicode() <= 0x318E; })) {
        return QStringLiteral("initials");
    }
    const bool hangul = all([](QChar c) { return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3; });
    const QString script = hangul ? QStringLiteral("hangul, ") : QStringLiteral("latin, ");
    const QString unit = hangul ? QStringLiteral("syllable") : QStringLiteral("letter");
    if (text.size() <= 2) {
        return script + QString::number(text.size()) + u' ' + unit +
               (text.size() == 2 ? QStringLiteral("s") : QString());
    }
    return script + QStringLiteral("3+ ") + unit + u's';
}
