#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace FundDesk::Core {

// An applicant's gender as the application states it; gender balance is a selection criterion
// (¶12, ¶22) and women are encouraged to apply.
enum class Gender { Woman, Man, OtherOrUndisclosed };

QList<Gender> allGenders();
// woman, man, other
QString genderKey(Gender gender);
std::optional<Gender> genderFromKey(QStringView key);
QString genderDisplayName(Gender gender);

} // namespace FundDesk::Core
