#include "ui/logging.h"

Q_LOGGING_CATEGORY(lcUi, "funddesk.ui", QtWarningMsg)
