#pragma once

#include <QByteArrayView>
#include <QCryptographicHash>

#include <array>
#include <memory>

namespace FundDesk::Core {

// SHA-256 for the audit chain's hot loop. With OpenSSL's libcrypto (found at configure time)
// it uses its SHA-256, which takes the CPU's SHA instructions where there are some: about eight
// times faster than QCryptographicHash, whose Qt 6.4 code copies its input byte by byte. Without
// it, QCryptographicHash. Same digest either way; the instance keeps its state between calls.
class AuditSha256 final
{
public:
    using Digest = std::array<unsigned char, 32>;

    AuditSha256();
    ~AuditSha256();
    AuditSha256(const AuditSha256 &) = delete;
    AuditSha256 &operator=(const AuditSha256 &) = delete;

    Digest hash(QByteArrayView data);

private:
    struct OpenSsl;
    std::unique_ptr<OpenSsl> m_openSsl; // made at the first hash; null without libcrypto
    QCryptographicHash m_qt{QCryptographicHash::Sha256};
};

} // namespace FundDesk::Core
