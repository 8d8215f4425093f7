# Debian package of both programs and the bundled migrations: `cpack -G DEB` in the build dir.
set(CPACK_PACKAGE_NAME "tenantdesk")
set(CPACK_PACKAGE_CONTACT "TenantDesk team <tenantdesk@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
include(CPack)
