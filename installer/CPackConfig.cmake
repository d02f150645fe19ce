# Packages: a .deb for Debian and Ubuntu, and a tarball for everything else.
set(CPACK_PACKAGE_NAME "kempt")
set(CPACK_PACKAGE_VENDOR "Kempt")
set(CPACK_PACKAGE_CONTACT "Kempt developers <dev@kempt.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# libxlsxwriter is loaded at run time (its minizip clashes with QuaZip's), so shlibdeps cannot see it.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libxlsxwriter4, publicsuffix")
set(CPACK_DEBIAN_PACKAGE_SECTION "office")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
install(FILES ${PROJECT_SOURCE_DIR}/installer/kempt.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
include(CPack)
