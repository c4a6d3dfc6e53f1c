#pragma once

#include <QByteArrayView>

namespace FundDesk::Core::Utf8Check {

// The offset of the first byte that is not part of well-formed UTF-8 (RFC 3629: no overlong
// forms, no surrogates, nothing above U+10FFFF), or -1 when every byte is.
qsizetype firstInvalid(QByteArrayView bytes);

} // namespace FundDesk::Core::Utf8Check
