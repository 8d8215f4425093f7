# SPDX-License-Identifier: MIT
# Read by cpack for each generator. Without dpkg-shlibdeps CPack would quietly write a
# Depends: field with only the hand-written packages, and without file it cannot tell which
# files are programs: fail instead, and say what to install.
if(CPACK_GENERATOR STREQUAL "DEB")
  foreach(tool dpkg-shlibdeps file)
    string(MAKE_C_IDENTIFIER "TENANTDESK_${tool}" variable)
    find_program(${variable} ${tool})
    if(NOT ${variable})
      message(FATAL_ERROR "The Debian package needs ${tool} (Debian packages dpkg-dev and "
                          "file); packaging/install-deps.sh installs them.")
    endif()
  endforeach()
endif()
