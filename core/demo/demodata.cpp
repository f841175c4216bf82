#include "demo/demodata.h"

#include "base/money.h"
#include "catalog/catalogrepository.h"
#include "catalog/modifierrepository.h"
#include "floor/tableservice.h"
#include "merchant/merchantrepository.h"
#include "workflows/setup.h"
#include "workflows/store.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace madang {

namespace {

struct DemoItem
{
    const char *sku;
    const char *name;
    const char *category;
    int priceKrw;
    int durationMin;
    const char *barcode;
};

// clang-format off
const DemoItem kSalon[] = {
    {"CUT-W", "여성 커트", "커트", 25000, 45, ""},
    {"CUT-M", "남성 커트", "커트", 18000, 30, ""},
    {"CUT-K", "아동 커트", "커트", 12000, 20, ""},
    {"CUT-BANG", "앞머리 커트", "커트", 5000, 10, ""},
    {"PERM-DIG", "디지털 펌", "펌", 120000, 150, ""},
    {"PERM-SET", "셋팅 펌", "펌", 110000, 140, ""},
    {"PERM-VOL", "볼륨 매직", "펌", 150000, 180, ""},
    {"PERM-DOWN", "다운 펌", "펌", 30000, 40, ""},
    {"CLR-FULL", "전체 염색", "염색", 90000, 90, ""},
    {"CLR-ROOT", "뿌리 염색", "염색", 50000, 60, ""},
    {"CLR-BLEACH", "탈색", "염색", 80000, 90, ""},
    {"CLR-BALAY", "발레아쥬", "염색", 180000, 180, ""},
    {"TRT-SCALP", "두피 스케일링", "클리닉", 40000, 40, ""},
    {"TRT-REPAIR", "손상모 케어", "클리닉", 50000, 40, ""},
    {"STY-BLOW", "드라이", "스타일링", 20000, 30, ""},
    {"STY-UPDO", "업스타일", "스타일링", 60000, 60, ""},
    {"RET-SHAMPOO", "두피 샴푸 500ml", "제품", 32000, 0, "8801234500017"},
    {"RET-OIL", "헤어 오일 100ml", "제품", 28000, 0, "8801234500024"},
    {"RET-WAX", "왁스", "제품", 18000, 0, "8801234500031"},
};

const DemoItem kRestaurant[] = {
    {"M-KIMCHI", "김치찌개", "식사", 9000, 0, ""},
    {"M-DOENJANG", "된장찌개", "식사", 9000, 0, ""},
    {"M-SUNDUBU", "순두부찌개", "식사", 9500, 0, ""},
    {"M-BUDAE", "부대찌개", "식사", 11000, 0, ""},
    {"M-JEYUK", "제육볶음", "식사", 11000, 0, ""},
    {"M-BULGOGI", "불고기 정식", "식사", 13000, 0, ""},
    {"M-BIBIM", "비빔밥", "식사", 10000, 0, ""},
    {"M-DOLSOT", "돌솥비빔밥", "식사", 11000, 0, ""},
    {"M-NAENG", "물냉면", "식사", 10000, 0, ""},
    {"M-BNAENG", "비빔냉면", "식사", 10500, 0, ""},
    {"M-KALGUK", "칼국수", "식사", 9000, 0, ""},
    {"M-MANDU", "떡만둣국", "식사", 9500, 0, ""},
    {"M-GALBITANG", "갈비탕", "식사", 14000, 0, ""},
    {"M-SAMGYE", "삼계탕", "식사", 16000, 0, ""},
    {"G-SAMGYEOP", "삼겹살 (200g)", "구이", 16000, 0, ""},
    {"G-MOKSAL", "목살 (200g)", "구이", 16000, 0, ""},
    {"G-HANGJEONG", "항정살 (150g)", "구이", 18000, 0, ""},
    {"G-GALBI", "양념갈비 (250g)", "구이", 28000, 0, ""},
    {"G-CHADOL", "차돌박이 (150g)", "구이", 19000, 0, ""},
    {"S-PAJEON", "해물파전", "안주", 15000, 0, ""},
    {"S-KIMCHIJEON", "김치전", "안주", 12000, 0, ""},
    {"S-TTEOK", "떡볶이", "안주", 8000, 0, ""},
    {"S-DAKGANG", "닭강정", "안주", 17000, 0, ""},
    {"S-GOLBAENGI", "골뱅이무침", "안주", 18000, 0, ""},
    {"S-GYERAN", "계란찜", "사이드", 4000, 0, ""},
    {"S-RICE", "공기밥", "사이드", 1000, 0, ""},
    {"S-NOODLE", "라면사리", "사이드", 2000, 0, ""},
    {"S-CHEESE", "치즈 추가", "사이드", 2000, 0, ""},
    {"S-KIMBAP", "김밥", "사이드", 4500, 0, ""},
    {"D-COLA", "콜라 355ml", "음료", 2000, 0, "8801094013004"},
    {"D-CIDER", "사이다 355ml", "음료", 2000, 0, "8801056038007"},
    {"D-WATER", "생수 500ml", "음료", 1000, 0, "8801045520009"},
    {"D-SIKHYE", "식혜", "음료", 3000, 0, ""},
    {"D-SOJU", "소주", "주류", 5000, 0, "8801048101014"},
    {"D-BEER", "생맥주 500cc", "주류", 6000, 0, ""},
    {"D-MAKGEOLLI", "막걸리", "주류", 5000, 0, "8801100120015"},
    {"D-BOTTLEBEER", "병맥주", "주류", 6000, 0, "8801021214009"},
    {"D-SOMAEK", "소맥 세트", "주류", 11000, 0, ""},
    {"P-SIKHYE-TO", "포장 식혜 1L", "포장", 6000, 0, ""},
    {"P-KIMCHI-TO", "포장 김치 500g", "포장", 8000, 0, ""},
};

const DemoItem kCleaning[] = {
    {"C-BASIC", "기본 가정 청소 (2시간)", "가정 청소", 60000, 120, ""},
    {"C-STANDARD", "표준 가정 청소 (3시간)", "가정 청소", 85000, 180, ""},
    {"C-DEEP", "딥 클리닝 (3시간, 2인)", "가정 청소", 150000, 180, ""},
    {"C-BIWEEKLY", "격주 정기 청소 (3시간)", "정기 청소", 75000, 180, ""},
    {"C-WEEKLY", "매주 정기 청소 (2시간)", "정기 청소", 55000, 120, ""},
    {"C-MOVEIN", "입주 청소 (20평 기준)", "이사 청소", 350000, 360, ""},
    {"C-MOVEOUT", "이사 후 청소 (20평 기준)", "이사 청소", 300000, 300, ""},
    {"C-OFFICE", "사무실 청소 (30평)", "사업장 청소", 200000, 240, ""},
    {"C-AIRCON", "벽걸이 에어컨 분해 세척", "전문 세척", 80000, 90, ""},
    {"C-AIRCON-S", "스탠드 에어컨 분해 세척", "전문 세척", 130000, 120, ""},
    {"C-FRIDGE", "냉장고 청소", "추가 옵션", 30000, 45, ""},
    {"C-OVEN", "오븐·레인지 청소", "추가 옵션", 25000, 30, ""},
    {"C-WINDOW", "창문·베란다 청소", "추가 옵션", 40000, 60, ""},
    {"C-BATH", "욕실 집중 청소", "추가 옵션", 35000, 60, ""},
};

// Sorted by name, the team keeps its order: the second stylist does no colours, days off follow the order.
const char *const kSalonStaff[] = {"박미나", "김지수", "강현우"};
const char *const kRestaurantStaff[] = {"김서준", "이유나"};
const char *const kCleaningStaff[] = {"윤민호", "한소라", "오대호"};
// clang-format on

/// A demo option group and the SKUs that offer it. Prices in KRW.
struct DemoGroup
{
    const char *name;
    int min;
    int max;
    QList<std::pair<const char *, int>> options;
    QStringList skus;
};

QList<DemoGroup> demoGroups(Vertical vertical)
{
    const auto skus = [](std::initializer_list<const char *> list) {
        QStringList out;
        for (const char *s : list) {
            out << QString::fromLatin1(s);
        }
        return out;
    };
    switch (vertical) {
    case Vertical::Restaurant:
        return {{"맵기",
                 1,
                 1,
                 {{"순한맛", 0}, {"보통", 0}, {"매운맛", 0}},
                 skus({"M-KIMCHI", "M-SUNDUBU", "M-BUDAE", "M-JEYUK"})},
                {"추가",
                 0,
                 3,
                 {{"공기밥", 1000}, {"계란후라이", 1500}, {"치즈", 2000}},
                 skus({"M-KIMCHI", "M-DOENJANG", "M-SUNDUBU", "M-BUDAE", "M-BIBIM", "M-DOLSOT"})},
                {"양", 1, 1, {{"보통", 0}, {"곱빼기", 2000}}, skus({"M-NAENG", "M-BNAENG", "M-KALGUK"})}};
    case Vertical::Salon:
        return {
            {"기장",
             1,
             1,
             {{"숏", 0}, {"미디엄", 10000}, {"롱", 20000}},
             skus({"PERM-DIG", "PERM-SET", "PERM-VOL", "CLR-FULL", "CLR-BLEACH"})},
            {"케어 추가", 0, 2, {{"영양 앰플", 10000}, {"두피 스파", 20000}}, skus({"CUT-W", "CUT-M", "CLR-ROOT"})}};
    case Vertical::Cleaning:
        return {{"평수",
                 1,
                 1,
                 {{"20평 이하", 0}, {"21–30평", 50000}, {"31평 이상", 100000}},
                 skus({"C-MOVEIN", "C-MOVEOUT"})},
                {"반려동물", 0, 1, {{"반려동물 있음", 10000}}, skus({"C-BASIC", "C-STANDARD", "C-DEEP"})}};
    }
    return {};
}

Status seedModifiers(Vertical vertical, Store &store, int minorDigits)
{
    for (const DemoGroup &d : demoGroups(vertical)) {
        ModifierGroup group{{}, QString::fromUtf8(d.name), d.min, d.max, {}};
        for (const auto &[name, price] : d.options) {
            group.options << ModifierOption{{}, QString::fromUtf8(name), minorDigits == 0 ? price : price / 10};
        }
        auto saved = store.modifiers().saveGroup(group);
        if (!saved) {
            return saved.error();
        }
        for (const QString &sku : d.skus) {
            auto item = store.catalog().findBySku(sku);
            if (!item) {
                return item.error();
            }
            if (!item.value()) {
                continue;
            }
            auto current = store.modifiers().groupsForItem(item.value()->id);
            if (!current) {
                return current.error();
            }
            QStringList ids;
            for (const ModifierGroup &g : current.value()) {
                ids << g.id;
            }
            if (auto set = store.modifiers().setItemGroups(item.value()->id, ids << saved.value().id); !set) {
                return set;
            }
        }
    }
    return Done{};
}

/// A dining room of eight tables and a terrace of four, with drinks sent to the bar.
Status seedFloor(Store &store)
{
    auto areas = store.tables().areas();
    if (!areas || !areas.value().isEmpty()) {
        return areas ? Status(Done{}) : Status(areas.error());
    }
    auto hall = store.tables().saveArea({{}, QStringLiteral("홀"), 0});
    auto terrace = store.tables().saveArea({{}, QStringLiteral("테라스"), 1});
    if (!hall || !terrace) {
        return hall ? terrace.error() : hall.error();
    }
    for (int i = 0; i < 12; ++i) {
        const bool inHall = i < 8;
        DiningTable t;
        t.areaId = inHall ? hall.value().id : terrace.value().id;
        t.name = QString::number(i + 1);
        t.seats = inHall ? (i % 4 == 3 ? 6 : 4) : 2;
        const int slot = inHall ? i : i - 8;
        t.x = 60 + (slot % 4) * 230;
        t.y = 80 + (slot / 4) * 300;
        t.width = t.seats == 6 ? 180 : 140;
        t.height = 140;
        t.round = !inHall;
        if (auto saved = store.tables().saveTable(t); !saved) {
            return saved.error();
        }
    }
    const QList<std::tuple<const char *, const char *, int>> routes{{"사이드", "kitchen", 1},
                                                                    {"안주", "kitchen", 1},
                                                                    {"식사", "kitchen", 2},
                                                                    {"음료", "bar", 1},
                                                                    {"주류", "bar", 1}};
    for (const auto &[category, station, course] : routes) {
        QSqlQuery q(store.database().connection());
        q.prepare(QStringLiteral("SELECT id FROM categories WHERE name = ?"));
        q.addBindValue(QString::fromUtf8(category));
        if (q.exec() && q.next()) {
            if (auto set = store.tables().setRoute(q.value(0).toString(), {QString::fromLatin1(station), course});
                !set) {
                return set;
            }
        }
    }
    return Done{};
}

template <size_t N>
QList<CatalogItem> toItems(const DemoItem (&rows)[N], const MerchantProfile &profile, int minorDigits)
{
    QList<CatalogItem> items;
    for (const DemoItem &row : rows) {
        CatalogItem item;
        item.sku = QString::fromUtf8(row.sku);
        item.name = QString::fromUtf8(row.name);
        item.categoryName = QString::fromUtf8(row.category);
        item.priceMinor = minorDigits == 0 ? row.priceKrw : row.priceKrw / 10;
        item.vatBasisPoints = profile.vatBasisPoints;
        item.durationMin = row.durationMin;
        item.barcode = QString::fromUtf8(row.barcode);
        items << item;
    }
    return items;
}
} // namespace

Result<StaffMember> DemoData::setUpTerminal(Store &store, const MerchantProfile &profile, const QString &ownerName,
                                            bool demo, const QString &ownerPinHash)
{
    Setup::Step seedDemo;
    if (demo) {
        seedDemo = [vertical = profile.vertical](Store &s) { return seed(vertical, s); };
    }
    return Setup(store).run(profile, ownerName, ownerPinHash, seedDemo);
}

Status DemoData::seed(Vertical vertical, Store &store)
{
    auto stored = store.merchant().profile();
    if (!stored || !stored.value()) {
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("DemoData", "Set up the terminal first."));
    }
    const MerchantProfile profile = *stored.value();
    MerchantRepository &merchant = store.merchant();
    CatalogRepository &catalog = store.catalog();
    auto currency = Currency::fromCode(profile.currency);
    if (!currency) {
        return currency.error();
    }
    QList<CatalogItem> items;
    QList<const char *> staff;
    QString role = QStringLiteral("staff");
    switch (vertical) {
    case Vertical::Salon:
        items = toItems(kSalon, profile, currency->minorDigits);
        staff = {std::begin(kSalonStaff), std::end(kSalonStaff)};
        break;
    case Vertical::Restaurant:
        items = toItems(kRestaurant, profile, currency->minorDigits);
        staff = {std::begin(kRestaurantStaff), std::end(kRestaurantStaff)};
        break;
    case Vertical::Cleaning:
        items = toItems(kCleaning, profile, currency->minorDigits);
        staff = {std::begin(kCleaningStaff), std::end(kCleaningStaff)};
        break;
    }
    auto upserted = catalog.upsertMany(items);
    if (!upserted) {
        return upserted.error();
    }
    if (vertical == Vertical::Restaurant) {
        if (auto floor = seedFloor(store); !floor) {
            return floor;
        }
    }
    // Seeding twice must not offer the same options twice.
    auto offered = store.modifiers().groupCountByItem();
    if (!offered) {
        return offered.error();
    }
    if (offered.value().isEmpty()) {
        if (auto seeded = seedModifiers(vertical, store, currency->minorDigits); !seeded) {
            return seeded;
        }
    }
    auto existing = merchant.staff();
    if (!existing) {
        return existing.error();
    }
    // Only the owner exists on a fresh terminal; do not add the demo team twice.
    if (existing->size() <= 1) {
        for (const char *name : std::as_const(staff)) {
            if (auto added = merchant.addStaff(StaffMember{{}, QString::fromUtf8(name), role, true}); !added) {
                return added.error();
            }
        }
    }
    return seedBookings(vertical, store);
}

MerchantProfile DemoData::defaultProfile(Vertical vertical)
{
    MerchantProfile p;
    p.vertical = vertical;
    // The shop's name in the language the demo is started in (마당 헤어 in Korean, Madang Hair in English).
    switch (vertical) {
    case Vertical::Salon:
        p.name = QCoreApplication::translate("DemoData", "Madang Hair");
        break;
    case Vertical::Restaurant:
        p.name = QCoreApplication::translate("DemoData", "Madang Kitchen");
        break;
    case Vertical::Cleaning:
        p.name = QCoreApplication::translate("DemoData", "Madang Clean");
        break;
    }
    p.businessRegistrationNumber = QStringLiteral("123-45-67890");
    return p;
}

QString DemoData::defaultOwnerName()
{
    return QStringLiteral("강민수");
}

} // namespace madang
