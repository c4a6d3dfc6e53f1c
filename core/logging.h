#pragma once

#include <QLoggingCategory>

// One logging category per layer; enable with QT_LOGGING_RULES="funddesk.core.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcCore)
Q_DECLARE_LOGGING_CATEGORY(lcDb)
