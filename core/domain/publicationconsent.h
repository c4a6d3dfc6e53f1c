#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace FundDesk::Core {

// ¶17: received contributions are published on the fund's page unless the donor asks
// otherwise. Stored per contribution, honoured by every public output.
enum class PublicationConsent {
    Publish,   // name and amount
    Anonymous, // amount, as "anonymous donor"
    Withhold,  // not published; counted only inside an aggregate line
};

QList<PublicationConsent> allPublicationConsents();
QString publicationConsentKey(PublicationConsent consent); // publish, anonymous, withhold
std::optional<PublicationConsent> publicationConsentFromKey(QStringView key);
QString publicationConsentDisplayName(PublicationConsent consent);

} // namespace FundDesk::Core
