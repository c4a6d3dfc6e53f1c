#include "ui/dialogs/sponsorshipmoneyfield.h"

#include "core/domain/moneyformat.h"
#include "ui/uitr.h"

#include <QLineEdit>
#include <QLocale>

namespace FundDesk::Ui {

QLineEdit *SponsorshipMoneyField::create(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    return edit;
}

void SponsorshipMoneyField::show(QLineEdit *edit, const std::optional<Core::Money> &amount)
{
    edit->setText(amount ? Core::MoneyFormat::formatNumber(*amount, QLocale()) : QString());
}

Core::Result<std::optional<Core::Money>> SponsorshipMoneyField::read(const QLineEdit *edit,
                                                                     const QString &field,
                                                                     const QString &label)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty()) {
        return std::optional<Core::Money>();
    }
    auto money = Core::MoneyFormat::parse(text, QStringLiteral("USD"), QLocale());
    if (!money) {
        QString name = label;
        name.remove(u'&');
        if (name.endsWith(u':')) {
            name.chop(1);
        }
        //: %1 is the form label such as "DSA rate", %2 why the amount was refused
        return Core::makeError(Core::ErrorCode::InvalidInput,
                               Tr::tr("%1: %2").arg(name, money.error().message),
                               money.error().detail, field);
    }
    return std::optional<Core::Money>(*money);
}

} // namespace FundDesk::Ui
