// Every QtGui header includes this one. It is found first on the core library's include path,
// so that a QtGui include anywhere under lib/ stops the build (see lib/CMakeLists.txt).
#error "lib/ is the core library: Qt Core and Qt Sql only. GUI code belongs in app/."
