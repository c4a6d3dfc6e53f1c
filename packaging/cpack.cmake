# Installers through CPack: a .deb on Linux, NSIS (or WiX) on Windows, a disk image on macOS.
# `cpack -G DEB` (or the `package` target) in a build directory writes funddesk_<version>_<arch>.deb.
set(FUNDDESK_PACKAGE_CONTACT "FundDesk maintainers <funddesk@example.org>" CACHE STRING
    "Maintainer named in the packages, as \"Name <address>\"")

set(CPACK_PACKAGE_NAME funddesk)
set(CPACK_PACKAGE_VENDOR "United Nations Office for Disarmament Affairs")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT ${FUNDDESK_PACKAGE_CONTACT})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Fund manager's desktop for a UN voluntary fund")
set(CPACK_PACKAGE_DESCRIPTION
    "FundDesk is the fund manager's desktop for the UN Voluntary Fund for ICT-security capacity\n\
building: donors, pledges and contributions, sponsorship and activity applications, approvals,\n\
disbursements and the fund's balance, in one local SQLite database. It works in the six\n\
official UN languages and has a headless command line (funddesk check, demo, backup).")
set(CPACK_PACKAGE_INSTALL_DIRECTORY FundDesk)
set(CPACK_PACKAGE_EXECUTABLES funddesk FundDesk)
set(CPACK_STRIP_FILES ON)
# `package_source` archives the checkout: never the build directories or git's own files.
set(CPACK_SOURCE_IGNORE_FILES "/build/" "/\\.git/" "/\\.cache/")

if(WIN32)
    set(CPACK_GENERATOR NSIS)
    set(CPACK_NSIS_DISPLAY_NAME FundDesk)
    set(CPACK_NSIS_PACKAGE_NAME FundDesk)
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    # WiX (cpack -G WIX): a fixed upgrade code lets a newer .msi replace an older one.
    set(CPACK_WIX_UPGRADE_GUID "C6F6B937-2216-4228-93D3-864A68282C72")
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME FundDesk)
else()
    set(CPACK_GENERATOR DEB)
endif()

set(CPACK_DEBIAN_PACKAGE_NAME funddesk)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${FUNDDESK_PACKAGE_CONTACT})
# dpkg-shlibdeps finds the Qt and C++ libraries the binary links. The SQLite driver and Qt's own
# translations are plugins and data loaded at run time, invisible to it, so they are named here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# Without Noto, Arabic and Chinese fall back to whatever is installed, or to empty boxes.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-core, fonts-noto-cjk, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-wayland")

include(CPack)
