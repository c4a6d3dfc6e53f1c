#include "core/db/auditsha256.h"

#include <cstring>

#ifdef FUNDDESK_SHA256_OPENSSL
#include <openssl/evp.h>
#endif

namespace FundDesk::Core {

#ifdef FUNDDESK_SHA256_OPENSSL
struct AuditSha256::OpenSsl
{
    EVP_MD *md = EVP_MD_fetch(nullptr, "SHA256", nullptr); // fetched once, not per digest
    EVP_MD_CTX *context = EVP_MD_CTX_new();

    ~OpenSsl()
    {
        EVP_MD_CTX_free(context);
        EVP_MD_free(md);
    }

    bool hash(QByteArrayView data, Digest &digest)
    {
        unsigned int size = 0;
        return md && context && EVP_DigestInit_ex(context, md, nullptr) == 1 &&
               EVP_DigestUpdate(context, data.data(), size_t(data.size())) == 1 &&
               EVP_DigestFinal_ex(context, digest.data(), &size) == 1 && size == digest.size();
    }
};
#else
struct AuditSha256::OpenSsl
{
};
#endif

AuditSha256::AuditSha256() = default;
AuditSha256::~AuditSha256() = default;

AuditSha256::Digest AuditSha256::hash(QByteArrayView data)
{
    Digest digest{};
#ifdef FUNDDESK_SHA256_OPENSSL
    if (!m_openSsl) {
        m_openSsl = std::make_unique<OpenSsl>();
    }
    if (m_openSsl->hash(data, digest)) {
        return digest;
    }
#endif
    // No libcrypto, or it failed (it cannot load its provider): Qt's own code.
    m_qt.reset();
    m_qt.addData(data);
    const QByteArrayView result = m_qt.resultView();
    std::memcpy(digest.data(), result.data(), digest.size());
    return digest;
}

} // namespace FundDesk::Core
