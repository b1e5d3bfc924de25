// Compiled at configure time with the core library's include path: it must NOT compile.
#include <QtWidgets/QWidget>
int main()
{
    return 0;
}
