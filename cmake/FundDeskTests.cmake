# funddesk_add_test(NAME tst_money SOURCES tst_money.cpp LIBS funddesk_core)
# One Qt Test executable per class, run headless by ctest.
function(funddesk_add_test)
    cmake_parse_arguments(arg "" "NAME" "SOURCES;LIBS" ${ARGN})
    add_executable(${arg_NAME} ${arg_SOURCES})
    target_link_libraries(${arg_NAME} PRIVATE funddesk_options Qt6::Test ${arg_LIBS})
    add_test(NAME ${arg_NAME} COMMAND ${arg_NAME})
    set_tests_properties(${arg_NAME} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;FUNDDESK_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
        TIMEOUT 300)
endfunction()
