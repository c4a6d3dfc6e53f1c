#include "ui/models/displaytext.h"

#include "core/domain/regions.h"
#include "core/services/referencedataservice.h"

namespace FundDesk::Ui {

QString DisplayText::donorName(const Core::Donor &donor,
                               const Core::ReferenceDataService &reference, Core::Language language)
{
    if (Core::isStateDonor(donor.kind) && !donor.stateIso3.isEmpty()) {
        const QString name = reference.name(donor.stateIso3, language);
        if (!name.isEmpty()) {
            return name;
        }
    }
    return donor.name;
}

QString DisplayText::countryName(const QString &iso3, const Core::ReferenceDataService &reference,
                                 Core::Language language)
{
    if (iso3.isEmpty()) {
        return {};
    }
    const QString name = reference.name(iso3, language);
    return name.isEmpty() ? iso3 : name;
}

QString DisplayText::regionName(const QString &iso3, const Core::ReferenceDataService &reference)
{
    const auto region = reference.region(iso3);
    return region ? Core::regionDisplayName(*region) : QString();
}

QString DisplayText::date(const QDate &date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, QLocale::ShortFormat) : QString();
}

QString DisplayText::rate(const Core::ExchangeRate &rate, const QLocale &locale)
{
    // ExchangeRate::toString() is plain ASCII ("0.0067"); map it digit by digit.
    const QString plain = rate.toString();
    const QString zero = locale.zeroDigit();
    const char32_t zeroCode = zero.isEmpty() ? U'0' : zero.toUcs4().value(0, U'0');
    QString text;
    for (const QChar c : plain) {
        if (c == u'.') {
            text += locale.decimalPoint();
        } else if (c.isDigit()) {
            const char32_t digit = zeroCode + char32_t(c.unicode() - u'0');
            text += QString::fromUcs4(&digit, 1);
        } else {
            text += c;
        }
    }
    return text;
}

QString DisplayText::plainDecimal(const QString &text, const QLocale &locale)
{
    const QString zero = locale.zeroDigit();
    const char32_t zeroCode = zero.isEmpty() ? U'0' : zero.toUcs4().value(0, U'0');
    QString plain;
    for (const char32_t c : text.trimmed().toUcs4()) {
        const QString ch = QString::fromUcs4(&c, 1);
        if (ch == locale.decimalPoint() || c == U'\u066B') {
            plain += u'.';
        } else if (zeroCode != U'0' && c >= zeroCode && c <= zeroCode + 9) {
            plain += QChar(u'0' + char16_t(c - zeroCode));
        } else {
            plain += ch;
        }
    }
    return plain;
}

QString DisplayText::shortText(const QString &text, qsizetype maxChars)
{
    const QString firstLine = text.trimmed().section(u'\n', 0, 0).trimmed();
    const bool more = firstLine.size() < text.trimmed().size();
    if (firstLine.size() <= maxChars) {
        return more ? firstLine + QChar(0x2026) : firstLine;
    }
    return firstLine.left(maxChars).trimmed() + QChar(0x2026);
}

} // namespace FundDesk::Ui
