#include "core/logging.h"

Q_LOGGING_CATEGORY(lcCore, "funddesk.core", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDb, "funddesk.core.db", QtWarningMsg)
