#pragma once

#include <QByteArray>
#include <QString>

namespace tenantdesk {

// bcrypt hashes as aistack stores them ($2a$ from bcryptjs, $2b$ from bcrypt, $2y$ from
// other tools), through libxcrypt.
namespace PasswordHash {

// True when password matches hash. Constant-time comparison; false for malformed hashes.
bool verify(const QString &password, const QByteArray &hash);
// A new $2b$ hash with the given cost (aistack uses 10-12). Empty on failure.
QByteArray create(const QString &password, int cost = 10);
// True for the bcrypt prefixes aistack can produce and verify.
bool isSupported(const QByteArray &hash);

} // namespace PasswordHash
} // namespace tenantdesk
