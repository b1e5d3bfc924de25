# The memory allocator the programs run with.
#
# Analysing and storing an import allocates and frees millions of small strings and lists on three
# threads at once, and glibc's allocator spent about 7% of an import's CPU doing it. tcmalloc
# (Debian: libgoogle-perftools-dev to build, libtcmalloc-minimal4 to run) keeps a cache per thread:
# importing 3,360 articles took 7-8% less CPU (median of 8 interleaved runs each), for ~15 MB more
# peak memory. It is linked into the programs only, never into lib/ or the tests, and left out of
# sanitizer builds, whose own allocator must see every allocation. Without it the programs build
# and behave the same.
option(LEDE_TCMALLOC "Link the programs with tcmalloc when it is installed" ON)

add_library(lede_allocator INTERFACE)
if(LEDE_TCMALLOC AND NOT CMAKE_CXX_FLAGS MATCHES "-fsanitize")
    find_package(PkgConfig QUIET)
    if(PkgConfig_FOUND)
        pkg_check_modules(TCMALLOC QUIET IMPORTED_TARGET libtcmalloc_minimal)
    endif()
    if(TCMALLOC_FOUND)
        # Nothing calls tcmalloc by name: keep it even where the linker drops unreferenced libraries.
        target_link_libraries(lede_allocator INTERFACE "-Wl,--push-state,--no-as-needed"
                              PkgConfig::TCMALLOC "-Wl,--pop-state")
        message(STATUS "Programs use tcmalloc ${TCMALLOC_VERSION}")
    else()
        message(STATUS "tcmalloc not found: programs use the C library's allocator")
    endif()
endif()
