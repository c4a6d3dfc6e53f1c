#include "core/domain/gender.h"

#include "core/coretr.h"

namespace FundDesk::Core {

QList<Gender> allGenders()
{
    return {Gender::Woman, Gender::Man, Gender::OtherOrUndisclosed};
}

QString genderKey(Gender gender)
{
    switch (gender) {
    case Gender::Woman:
        return QStringLiteral("woman");
    case Gender::Man:
        return QStringLiteral("man");
    case Gender::OtherOrUndisclosed:
        break;
    }
    return QStringLiteral("other");
}

std::optional<Gender> genderFromKey(QStringView key)
{
    for (const Gender gender : allGenders()) {
        if (genderKey(gender) == key) {
            return gender;
        }
    }
    return std::nullopt;
}

QString genderDisplayName(Gender gender)
{
    switch (gender) {
    case Gender::Woman:
        //: Gender of a sponsorship applicant
        return Tr::tr("Woman");
    case Gender::Man:
        //: Gender of a sponsorship applicant
        return Tr::tr("Man");
    case Gender::OtherOrUndisclosed:
        break;
    }
    //: Gender of a sponsorship applicant: another gender, or not stated
    return Tr::tr("Other or undisclosed");
}

} // namespace FundDesk::Core
