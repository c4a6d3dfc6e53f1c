# One INTERFACE target carries the warnings and Qt strictness flags every FundDesk target uses.
add_library(funddesk_options INTERFACE)
target_compile_options(funddesk_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
if(FUNDDESK_WARNINGS_AS_ERRORS)
    target_compile_options(funddesk_options INTERFACE -Werror)
endif()
target_compile_definitions(funddesk_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    FUNDDESK_VERSION="${PROJECT_VERSION}")
target_include_directories(funddesk_options INTERFACE ${PROJECT_SOURCE_DIR})
