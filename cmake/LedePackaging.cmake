# Installation of the desktop integration files and CPack packages (deb, rpm, source tarball).
# Included at the end of the top-level CMakeLists.txt, after the executables' install rules.
# See packaging/README.md for how each package is built and checked.

set(LEDE_PACKAGING_DIR ${PROJECT_SOURCE_DIR}/packaging)
set(LEDE_APP_ID org.lede.Lede)

if(UNIX AND NOT APPLE)
    # --- Desktop integration (freedesktop.org) -------------------------------------------------
    install(FILES ${LEDE_PACKAGING_DIR}/linux/${LEDE_APP_ID}.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${LEDE_PACKAGING_DIR}/linux/${LEDE_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${LEDE_PACKAGING_DIR}/linux/${LEDE_APP_ID}.mime.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
            RENAME ${LEDE_APP_ID}.xml)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/${LEDE_APP_ID}.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
    foreach(size 16 22 24 32 48 64 128 256)
        install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/hicolor/${size}x${size}/${LEDE_APP_ID}.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()

    # --- Man pages and Debian documentation, compressed reproducibly (gzip -n) -----------------
    set(lede_gz_outputs)
    function(lede_gzip source output)
        add_custom_command(OUTPUT ${output}
            COMMAND sh -c "gzip -9 -n -c \"$1\" > \"$2\"" sh ${source} ${output}
            DEPENDS ${source}
            COMMENT "Compressing ${source}"
            VERBATIM)
        set(lede_gz_outputs ${lede_gz_outputs} ${output} PARENT_SCOPE)
    endfunction()
    set(lede_gz_dir ${PROJECT_BINARY_DIR}/packaging)
    file(MAKE_DIRECTORY ${lede_gz_dir})
    lede_gzip(${LEDE_PACKAGING_DIR}/man/lede.1 ${lede_gz_dir}/lede.1.gz)
    lede_gzip(${LEDE_PACKAGING_DIR}/man/lede-cli.1 ${lede_gz_dir}/lede-cli.1.gz)
    lede_gzip(${LEDE_PACKAGING_DIR}/debian/changelog ${lede_gz_dir}/changelog.gz)
    add_custom_target(lede_packaging_docs ALL DEPENDS ${lede_gz_outputs})

    install(FILES ${lede_gz_dir}/lede.1.gz ${lede_gz_dir}/lede-cli.1.gz
            DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    # A native Debian package (version without a revision) has changelog.gz, not changelog.Debian.gz.
    install(FILES ${LEDE_PACKAGING_DIR}/debian/copyright ${lede_gz_dir}/changelog.gz
            DESTINATION ${CMAKE_INSTALL_DOCDIR})

    # --- No RUNPATH in installed programs --------------------------------------------------------
    # qt_standard_project_setup() gives them $ORIGIN:$ORIGIN/../lib/<multiarch>. Lede installs no
    # shared libraries of its own (lede_core is static) and Qt comes from the system, so the
    # install RUNPATH would only point into /usr/lib (rpmlint: binary-or-shlib-defines-rpath).
    foreach(exe lede lede-cli)
        if(TARGET ${exe})
            set_property(TARGET ${exe} PROPERTY INSTALL_RPATH "")
        endif()
    endforeach()

    # --- Remove the compiler's .comment section (lintian: binary-has-unneeded-section) ----------
    # CPACK_STRIP_FILES / install/strip keep it. Runs after app/*'s install(TARGETS) (CMP0082).
    find_program(LEDE_STRIP NAMES ${CMAKE_STRIP} strip)
    if(LEDE_STRIP)
        install(CODE "
            foreach(exe lede lede-cli)
                set(f \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/\${exe}\")
                if(EXISTS \"\${f}\")
                    execute_process(COMMAND \"${LEDE_STRIP}\" --remove-section=.comment --remove-section=.note \"\${f}\"
                                    COMMAND_ERROR_IS_FATAL ANY)
                endif()
            endforeach()")
    endif()
endif()

# --- CPack ---------------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME lede)
set(CPACK_PACKAGE_VENDOR "The Lede authors")
set(CPACK_PACKAGE_CONTACT "Lede maintainers <maintainers@lede.example.org>")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "browse and annotate news coverage")
# Debian wants lines under 80 columns; CPack turns blank lines into " .".
set(CPACK_PACKAGE_DESCRIPTION "\
Lede helps editors and fact-checkers work with news coverage. It imports
plain-text articles, web pages, RSS and Atom feeds (with subscriptions),
JSON Lines and Lede JSON bundles, and suggests each article's quotes,
who said them and with which verb, and the people, organisations,
places and laws involved. An editor
confirms or corrects the suggestions, writes notes and records claims
with verdicts.

Libraries are single SQLite files with full-text search. Notes and
claims export to Markdown, HTML, PDF, ODT, CSV, a lossless JSON bundle,
W3C Web Annotation and schema.org ClaimReview.

This package contains the desktop application (lede) and the
command-line tool (lede-cli), in English, Spanish, French and German.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY lede)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB RPM)

# Debian (see packaging/README.md; lintian --fail-on error,warning must stay clean).
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Not visible to dpkg-shlibdeps: Qt dlopen()s the SQLite driver; the analysis reads the
# iso-codes JSON and the word list; PDF/ODT export asks for DejaVu Serif/Sans by name.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, iso-codes, wamerican, fonts-dejavu-core")
# Qt's own texts (standard buttons and dialogs) in the user's language.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# RPM (built with Debian's rpm package; dependency names follow Fedora). Shared-library
# requirements come from rpmbuild's automatic dependency generator.
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE "GPL-3.0-or-later")
set(CPACK_RPM_PACKAGE_GROUP "Applications/Text")
set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RPM_PACKAGE_SUMMARY "Browse and annotate news coverage")
set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_RPM_SPEC_MORE_DEFINE "%define packager ${CPACK_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_RELOCATABLE OFF)  # no "Relocations: /usr" in the rpm
set(CPACK_RPM_PACKAGE_REQUIRES "iso-codes, dejavu-sans-fonts, dejavu-serif-fonts")
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/mime /usr/share/mime/packages
    /usr/share/man /usr/share/man/man1 /usr/share/icons /usr/share/icons/hicolor)
foreach(size 16 22 24 32 48 64 128 256)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
         /usr/share/icons/hicolor/${size}x${size} /usr/share/icons/hicolor/${size}x${size}/apps)
endforeach()
list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
     /usr/share/icons/hicolor/scalable /usr/share/icons/hicolor/scalable/apps)

# Source tarball: the tree minus version control, build trees and editor files.
# The patterns go through two rounds of CMake string parsing (here and CPackSourceConfig.cmake),
# so they use [.] rather than backslash escapes.
string(REGEX REPLACE "([.+*?()$|])" "[\\1]" lede_src_re "${PROJECT_SOURCE_DIR}")
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_PACKAGE_FILE_NAME "lede-${PROJECT_VERSION}")
set(CPACK_SOURCE_IGNORE_FILES
    "^${lede_src_re}/[.]git(/|$)"
    "^${lede_src_re}/[.]cache/"
    "^${lede_src_re}/build[^/]*/"
    "^${lede_src_re}/out/"
    "^${lede_src_re}/[.]flatpak-builder/"
    "^${lede_src_re}/CMakeUserPresets[.]json$"
    "[.]user$"
    "~$"
    "[.]swp$")

include(CPack)
