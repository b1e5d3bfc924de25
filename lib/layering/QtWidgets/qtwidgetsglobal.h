// Every QtWidgets header includes this one. It is found first on the core library's include path,
// so that a QtWidgets include anywhere under lib/ stops the build (see lib/CMakeLists.txt).
#error "lib/ is the core library: Qt Core and Qt Sql only. Widgets belong in app/."
