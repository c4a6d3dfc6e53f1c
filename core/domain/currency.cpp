#include "core/domain/currency.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace FundDesk::Core {

namespace {

struct CurrencyEntry
{
    std::u16string_view code;
    int minorDigits;
};

// ISO 4217 List One, sorted by code so lookups can binary-search (checked below).
// Left out as no longer current: HRK (euro, 2023), SLL (redenominated to SLE), ZWL (replaced
// by ZWG, 2024), ANG (replaced by XCG, 2025).
constexpr std::array kCurrencies{
    CurrencyEntry{u"AED", 2}, CurrencyEntry{u"AFN", 2}, CurrencyEntry{u"ALL", 2},
    CurrencyEntry{u"AMD", 2}, CurrencyEntry{u"AOA", 2}, CurrencyEntry{u"ARS", 2},
    CurrencyEntry{u"AUD", 2}, CurrencyEntry{u"AWG", 2}, CurrencyEntry{u"AZN", 2},
    CurrencyEntry{u"BAM", 2}, CurrencyEntry{u"BBD", 2}, CurrencyEntry{u"BDT", 2},
    CurrencyEntry{u"BGN", 2}, CurrencyEntry{u"BHD", 3}, CurrencyEntry{u"BIF", 0},
    CurrencyEntry{u"BMD", 2}, CurrencyEntry{u"BND", 2}, CurrencyEntry{u"BOB", 2},
    CurrencyEntry{u"BOV", 2}, CurrencyEntry{u"BRL", 2}, CurrencyEntry{u"BSD", 2},
    CurrencyEntry{u"BTN", 2}, CurrencyEntry{u"BWP", 2}, CurrencyEntry{u"BYN", 2},
    CurrencyEntry{u"BZD", 2}, CurrencyEntry{u"CAD", 2}, CurrencyEntry{u"CDF", 2},
    CurrencyEntry{u"CHE", 2}, CurrencyEntry{u"CHF", 2}, CurrencyEntry{u"CHW", 2},
    CurrencyEntry{u"CLF", 4}, CurrencyEntry{u"CLP", 0}, CurrencyEntry{u"CNY", 2},
    CurrencyEntry{u"COP", 2}, CurrencyEntry{u"COU", 2}, CurrencyEntry{u"CRC", 2},
    CurrencyEntry{u"CUC", 2}, CurrencyEntry{u"CUP", 2}, CurrencyEntry{u"CVE", 2},
    CurrencyEntry{u"CZK", 2}, CurrencyEntry{u"DJF", 0}, CurrencyEntry{u"DKK", 2},
    CurrencyEntry{u"DOP", 2}, CurrencyEntry{u"DZD", 2}, CurrencyEntry{u"EGP", 2},
    CurrencyEntry{u"ERN", 2}, CurrencyEntry{u"ETB", 2}, CurrencyEntry{u"EUR", 2},
    CurrencyEntry{u"FJD", 2}, CurrencyEntry{u"FKP", 2}, CurrencyEntry{u"GBP", 2},
    CurrencyEntry{u"GEL", 2}, CurrencyEntry{u"GHS", 2}, CurrencyEntry{u"GIP", 2},
    CurrencyEntry{u"GMD", 2}, CurrencyEntry{u"GNF", 0}, CurrencyEntry{u"GTQ", 2},
    CurrencyEntry{u"GYD", 2}, CurrencyEntry{u"HKD", 2}, CurrencyEntry{u"HNL", 2},
    CurrencyEntry{u"HTG", 2}, CurrencyEntry{u"HUF", 2}, CurrencyEntry{u"IDR", 2},
    CurrencyEntry{u"ILS", 2}, CurrencyEntry{u"INR", 2}, CurrencyEntry{u"IQD", 3},
    CurrencyEntry{u"IRR", 2}, CurrencyEntry{u"ISK", 0}, CurrencyEntry{u"JMD", 2},
    CurrencyEntry{u"JOD", 3}, CurrencyEntry{u"JPY", 0}, CurrencyEntry{u"KES", 2},
    CurrencyEntry{u"KGS", 2}, CurrencyEntry{u"KHR", 2}, CurrencyEntry{u"KMF", 0},
    CurrencyEntry{u"KPW", 2}, CurrencyEntry{u"KRW", 0}, CurrencyEntry{u"KWD", 3},
    CurrencyEntry{u"KYD", 2}, CurrencyEntry{u"KZT", 2}, CurrencyEntry{u"LAK", 2},
    CurrencyEntry{u"LBP", 2}, CurrencyEntry{u"LKR", 2}, CurrencyEntry{u"LRD", 2},
    CurrencyEntry{u"LSL", 2}, CurrencyEntry{u"LYD", 3}, CurrencyEntry{u"MAD", 2},
    CurrencyEntry{u"MDL", 2}, CurrencyEntry{u"MGA", 2}, CurrencyEntry{u"MKD", 2},
    CurrencyEntry{u"MMK", 2}, CurrencyEntry{u"MNT", 2}, CurrencyEntry{u"MOP", 2},
    CurrencyEntry{u"MRU", 2}, CurrencyEntry{u"MUR", 2}, CurrencyEntry{u"MVR", 2},
    CurrencyEntry{u"MWK", 2}, CurrencyEntry{u"MXN", 2}, CurrencyEntry{u"MXV", 2},
    CurrencyEntry{u"MYR", 2}, CurrencyEntry{u"MZN", 2}, CurrencyEntry{u"NAD", 2},
    CurrencyEntry{u"NGN", 2}, CurrencyEntry{u"NIO", 2}, CurrencyEntry{u"NOK", 2},
    CurrencyEntry{u"NPR", 2}, CurrencyEntry{u"NZD", 2}, CurrencyEntry{u"OMR", 3},
    CurrencyEntry{u"PAB", 2}, CurrencyEntry{u"PEN", 2}, CurrencyEntry{u"PGK", 2},
    CurrencyEntry{u"PHP", 2}, CurrencyEntry{u"PKR", 2}, CurrencyEntry{u"PLN", 2},
    CurrencyEntry{u"PYG", 0}, CurrencyEntry{u"QAR", 2}, CurrencyEntry{u"RON", 2},
    CurrencyEntry{u"RSD", 2}, CurrencyEntry{u"RUB", 2}, CurrencyEntry{u"RWF", 0},
    CurrencyEntry{u"SAR", 2}, CurrencyEntry{u"SBD", 2}, CurrencyEntry{u"SCR", 2},
    CurrencyEntry{u"SDG", 2}, CurrencyEntry{u"SEK", 2}, CurrencyEntry{u"SGD", 2},
    CurrencyEntry{u"SHP", 2}, CurrencyEntry{u"SLE", 2}, CurrencyEntry{u"SOS", 2},
    CurrencyEntry{u"SRD", 2}, CurrencyEntry{u"SSP", 2}, CurrencyEntry{u"STN", 2},
    CurrencyEntry{u"SVC", 2}, CurrencyEntry{u"SYP", 2}, CurrencyEntry{u"SZL", 2},
    CurrencyEntry{u"THB", 2}, CurrencyEntry{u"TJS", 2}, CurrencyEntry{u"TMT", 2},
    CurrencyEntry{u"TND", 3}, CurrencyEntry{u"TOP", 2}, CurrencyEntry{u"TRY", 2},
    CurrencyEntry{u"TTD", 2}, CurrencyEntry{u"TWD", 2}, CurrencyEntry{u"TZS", 2},
    CurrencyEntry{u"UAH", 2}, CurrencyEntry{u"UGX", 0}, CurrencyEntry{u"USD", 2},
    CurrencyEntry{u"USN", 2}, CurrencyEntry{u"UYI", 0}, CurrencyEntry{u"UYU", 2},
    CurrencyEntry{u"UYW", 4}, CurrencyEntry{u"UZS", 2}, CurrencyEntry{u"VED", 2},
    CurrencyEntry{u"VES", 2}, CurrencyEntry{u"VND", 0}, CurrencyEntry{u"VUV", 0},
    CurrencyEntry{u"WST", 2}, CurrencyEntry{u"XAF", 0}, CurrencyEntry{u"XCD", 2},
    CurrencyEntry{u"XCG", 2}, CurrencyEntry{u"XOF", 0}, CurrencyEntry{u"XPF", 0},
    CurrencyEntry{u"YER", 2}, CurrencyEntry{u"ZAR", 2}, CurrencyEntry{u"ZMW", 2},
    CurrencyEntry{u"ZWG", 2},
};

constexpr bool byCode(const CurrencyEntry &a, const CurrencyEntry &b)
{
    return a.code < b.code;
}

constexpr bool wellFormed(const CurrencyEntry &e)
{
    return e.code.size() == 3 &&
           std::all_of(e.code.begin(), e.code.end(),
                       [](char16_t c) { return c >= u'A' && c <= u'Z'; }) &&
           e.minorDigits >= 0 && e.minorDigits <= 4;
}

static_assert(std::is_sorted(kCurrencies.begin(), kCurrencies.end(), byCode),
              "the currency table must stay sorted for binary search");
static_assert(std::adjacent_find(kCurrencies.begin(), kCurrencies.end(),
                                 [](const CurrencyEntry &a, const CurrencyEntry &b) {
                                     return a.code == b.code;
                                 }) == kCurrencies.end(),
              "a currency code is listed twice");
static_assert(std::all_of(kCurrencies.begin(), kCurrencies.end(), wellFormed),
              "codes are three upper-case letters with 0 to 4 minor digits");

const CurrencyEntry *find(QStringView code)
{
    if (code.size() != 3) {
        return nullptr;
    }
    const std::u16string_view key(code.utf16(), 3);
    const auto it =
        std::lower_bound(kCurrencies.begin(), kCurrencies.end(), CurrencyEntry{key, 0}, byCode);
    if (it == kCurrencies.end() || it->code != key) {
        return nullptr;
    }
    return &*it;
}

} // namespace

bool Currency::isKnown(QStringView code)
{
    return find(code) != nullptr;
}

std::optional<int> Currency::minorDigits(QStringView code)
{
    if (const CurrencyEntry *entry = find(code)) {
        return entry->minorDigits;
    }
    return std::nullopt;
}

QStringList Currency::allCodes()
{
    QStringList codes;
    codes.reserve(qsizetype(kCurrencies.size()));
    for (const CurrencyEntry &entry : kCurrencies) {
        codes.append(QString::fromUtf16(entry.code.data(), qsizetype(entry.code.size())));
    }
    return codes;
}

} // namespace FundDesk::Core
