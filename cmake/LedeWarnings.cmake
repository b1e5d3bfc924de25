# Warnings and Qt safety defines shared by every target of the project.
add_library(lede_build_flags INTERFACE)
target_compile_options(lede_build_flags INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
if(LEDE_WERROR)
    target_compile_options(lede_build_flags INTERFACE -Werror)
endif()
# Implicit conversions between char* and QString hide encoding bugs; make every one explicit.
target_compile_definitions(lede_build_flags INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING QT_USE_QSTRINGBUILDER QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
