# madang_configure_target(<target>): project-wide warnings and strict Qt defines, target-scoped.
function(madang_configure_target target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
    if(MADANG_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
        if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
            # GCC 12 at -O3 reports a false stringop-overread inside Qt's qstring.h; keep it a warning.
            target_compile_options(${target} PRIVATE -Wno-error=stringop-overread)
        endif()
    endif()
    if(MADANG_SANITIZE)
        target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_STRICT_ITERATORS
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        MADANG_VERSION="${PROJECT_VERSION}")
endfunction()
