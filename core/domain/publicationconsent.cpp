#include "core/domain/publicationconsent.h"

#include "core/coretr.h"

namespace FundDesk::Core {

QList<PublicationConsent> allPublicationConsents()
{
    return {PublicationConsent::Publish, PublicationConsent::Anonymous,
            PublicationConsent::Withhold};
}

// Stored in the database: never change a released key.
QString publicationConsentKey(PublicationConsent consent)
{
    switch (consent) {
    case PublicationConsent::Publish:
        return QStringLiteral("publish");
    case PublicationConsent::Anonymous:
        return QStringLiteral("anonymous");
    case PublicationConsent::Withhold:
        return QStringLiteral("withhold");
    }
    return {};
}

std::optional<PublicationConsent> publicationConsentFromKey(QStringView key)
{
    for (PublicationConsent consent : allPublicationConsents()) {
        if (publicationConsentKey(consent) == key) {
            return consent;
        }
    }
    return std::nullopt;
}

QString publicationConsentDisplayName(PublicationConsent consent)
{
    switch (consent) {
    case PublicationConsent::Publish:
        //: Publication consent of a contribution (¶17): the donor's name and the amount
        return Tr::tr("Publish name and amount");
    case PublicationConsent::Anonymous:
        //: Publication consent of a contribution (¶17): the amount, without the donor's name
        return Tr::tr("Publish as “anonymous donor”");
    case PublicationConsent::Withhold:
        //: Publication consent of a contribution (¶17): not published at all
        return Tr::tr("Do not publish");
    }
    return {};
}

} // namespace FundDesk::Core
