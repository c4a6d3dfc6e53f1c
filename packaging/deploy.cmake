# Windows and macOS: bring the Qt runtime (libraries, platform and SQL plugins, translations)
# next to the executable at install time, through windeployqt or macdeployqt, so that the
# CPack installer (NSIS/WiX, DragNDrop) runs on a machine without Qt. Linux packages take Qt
# from the distribution instead, where Qt's deploy step is a no-op that says so.
option(FUNDDESK_DEPLOY
    "Install the Qt runtime with FundDesk for a self-contained Windows or macOS package" OFF)

if(FUNDDESK_DEPLOY)
    # Qt 6.4 names the output FILENAME_VARIABLE; 6.5 renamed it OUTPUT_SCRIPT and deprecated the
    # old name.
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
        qt_generate_deploy_app_script(TARGET funddesk
            OUTPUT_SCRIPT funddesk_deploy_script
            NO_UNSUPPORTED_PLATFORM_ERROR)
    else()
        qt_generate_deploy_app_script(TARGET funddesk
            FILENAME_VARIABLE funddesk_deploy_script
            NO_UNSUPPORTED_PLATFORM_ERROR)
    endif()
    install(SCRIPT ${funddesk_deploy_script})
endif()
