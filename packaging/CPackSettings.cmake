# SPDX-License-Identifier: MIT
# Debian package of both programs, the bundled migrations and the documentation:
# `cpack -G DEB` in a build tree (README: "Debian package"). Checked by the packaging test
# (tests/packaging): lintian, desktop-file-validate and appstreamcli find nothing to report.

# The Debian changelog (native package: changelog.gz) and copyright file, installed with the
# documentation. gzip -n: no name or time stamp, so the file is the same on every build.
find_program(GZIP_EXECUTABLE gzip REQUIRED)
set(changelog_gz "${CMAKE_BINARY_DIR}/packaging/changelog.gz")
add_custom_command(OUTPUT "${changelog_gz}"
  COMMAND ${CMAKE_COMMAND} -E make_directory "${CMAKE_BINARY_DIR}/packaging"
  COMMAND ${GZIP_EXECUTABLE} -9 -n -c "${CMAKE_SOURCE_DIR}/packaging/debian/changelog" > "${changelog_gz}"
  DEPENDS "${CMAKE_SOURCE_DIR}/packaging/debian/changelog"
  COMMENT "Compressing the Debian changelog")
add_custom_target(debian_changelog ALL DEPENDS "${changelog_gz}")
install(FILES "${changelog_gz}" packaging/debian/copyright DESTINATION ${TENANTDESK_INSTALL_DOCDIR})

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "tenantdesk")
set(CPACK_PACKAGE_VENDOR "TenantDesk developers")
set(CPACK_PACKAGE_CONTACT "TenantDesk developers <tenantdesk@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# The extended description: paragraphs separated by an empty line; CPack indents it.
set(CPACK_PACKAGE_DESCRIPTION [[
TenantDesk administers the multi-tenancy tables of an aistack SQLite database:
tenants, workspaces, memberships, users and the tamper-evident audit chain,
with guided, previewed and reversible schema migrations. Every action is
checked against the signed-in user's role, and every change is recorded in
aistack's audit chain, which aistack verifies byte for byte.

The package contains the desktop application (tenantdesk) and its
command-line twin for scripts and CI (tenantctl), which share one core
library and the same access rules.]])
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "admin")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Depends: the shared libraries the programs link, from dpkg-shlibdeps, plus what they load
# at run time: Qt's SQLite driver and the platform plugins without which the window cannot
# open (libqt6gui6 only recommends them). CPackProjectConfig.cmake refuses to package without
# dpkg-shlibdeps rather than write a Depends: with only these two.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
# Qt's own texts (standard buttons, command-line help) in the user's language; TenantDesk's
# translations are built into the programs (docs/translations.md).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
# Stripped programs, without a -dbgsym package: CMake 3.25's (CPACK_DEBIAN_DEBUGINFO_PACKAGE)
# lists absolute build paths in its md5sums and has no copyright file, which lintian rejects.
set(CPACK_STRIP_FILES ON)
set(CPACK_PROJECT_CONFIG_FILE "${CMAKE_CURRENT_LIST_DIR}/CPackProjectConfig.cmake")
include(CPack)
