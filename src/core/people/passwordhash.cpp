#include "core/people/passwordhash.h"

#include <crypt.h>

#include <cstring>
#include <memory>

namespace tenantdesk::PasswordHash {

namespace {

// crypt_data is 32 KiB: keep it off the stack and wipe it, since it held the password.
struct CryptScratch
{
    CryptScratch()
        : data(std::make_unique<crypt_data>())
    {
        std::memset(data.get(), 0, sizeof(crypt_data));
    }
    ~CryptScratch() { explicit_bzero(data.get(), sizeof(crypt_data)); }
    std::unique_ptr<crypt_data> data;
};

bool constantTimeEquals(const char *a, const QByteArray &b)
{
    const size_t length = std::strlen(a);
    if (length != size_t(b.size()))
        return false;
    unsigned char diff = 0;
    for (size_t i = 0; i < length; ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[qsizetype(i)]);
    return diff == 0;
}

} // namespace

bool isSupported(const QByteArray &hash)
{
    return hash.size() == 60
            && (hash.startsWith("$2a$") || hash.startsWith("$2b$") || hash.startsWith("$2y$"));
}

bool verify(const QString &password, const QByteArray &hash)
{
    if (!isSupported(hash))
        return false;
    QByteArray utf8 = password.toUtf8();
    CryptScratch scratch;
    const char *out = crypt_r(utf8.constData(), hash.constData(), scratch.data.get());
    explicit_bzero(utf8.data(), size_t(utf8.size()));
    // libxcrypt signals failure with a string starting with '*'.
    if (!out || out[0] == '*')
        return false;
    return constantTimeEquals(out, hash);
}

QByteArray create(const QString &password, int cost)
{
    char salt[CRYPT_GENSALT_OUTPUT_SIZE];
    if (!crypt_gensalt_rn("$2b$", static_cast<unsigned long>(cost), nullptr, 0, salt, sizeof salt))
        return {};
    QByteArray utf8 = password.toUtf8();
    CryptScratch scratch;
    const char *out = crypt_r(utf8.constData(), salt, scratch.data.get());
    explicit_bzero(utf8.data(), size_t(utf8.size()));
    if (!out || out[0] == '*')
        return {};
    return QByteArray(out);
}

} // namespace tenantdesk::PasswordHash
