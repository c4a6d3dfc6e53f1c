#pragma once

#include "core/domain/money.h"
#include "core/domain/result.h"

#include <QString>

#include <optional>

class QLineEdit;
class QWidget;

namespace FundDesk::Ui {

// The USD amounts of the meeting and sponsorship forms: a line edit aligned like numbers,
// shown and read in the current locale through MoneyFormat.
class SponsorshipMoneyField final
{
public:
    SponsorshipMoneyField() = delete;

    static QLineEdit *create(const QString &objectName, QWidget *parent);
    static void show(QLineEdit *edit, const std::optional<Core::Money> &amount);
    // nullopt for an empty box; an error naming the form field and the label's words.
    static Core::Result<std::optional<Core::Money>> read(const QLineEdit *edit,
                                                         const QString &field,
                                                         const QString &label);
};

} // namespace FundDesk::Ui
