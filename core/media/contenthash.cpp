// SPDX-License-Identifier: GPL-3.0-or-later
#include "contenthash.h"

#include <openssl/evp.h>

namespace Spill {

struct ContentHash::Context
{
    EVP_MD_CTX *digest = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(digest); }
};

ContentHash::ContentHash()
    : m_context(std::make_unique<Context>())
{
    // Only allocation can fail here, and then nothing else would work either.
    if (!m_context->digest || EVP_DigestInit_ex(m_context->digest, EVP_sha256(), nullptr) != 1)
        qFatal("SHA-256 is not available from libcrypto");
}

ContentHash::~ContentHash() = default;

void ContentHash::addData(QByteArrayView bytes)
{
    if (!bytes.isEmpty())
        EVP_DigestUpdate(m_context->digest, bytes.data(), size_t(bytes.size()));
}

QString ContentHash::hexResult()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_context->digest, digest, &length);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

} // namespace Spill
