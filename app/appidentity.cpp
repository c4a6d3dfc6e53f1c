#include "app/appidentity.h"

#include <QCoreApplication>

namespace FundDesk::App {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("UNODA"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("un.org"));
    QCoreApplication::setApplicationName(QStringLiteral("FundDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FUNDDESK_VERSION));
}

} // namespace FundDesk::App
