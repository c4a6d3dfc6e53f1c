#pragma once

#include <QString>

namespace FundDesk::Core::FilePermissions {

// The fund's files hold personal data (¶11): created readable and writable by the owner only.
bool ensurePrivateDirectory(const QString &path);
bool createPrivateFile(const QString &path);
bool makePrivate(const QString &path);

} // namespace FundDesk::Core::FilePermissions
