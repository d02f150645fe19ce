#include "quality/namecaser.h"
#include <QTextStream>
using namespace Kempt;
int main(int argc, char **argv)
{
    QTextStream out(stdout);
    for (int i = 1; i < argc; ++i) {
        QString s = QString::fromUtf8(argv[i]);
        QString r = NameCaser::apply(s, NameCaser::Title, NameCaser::Person);
        out << s << " -> " << r << " ";
        for (QChar c : r) out << Qt::hex << c.unicode() << " ";
        out << "\n";
    }
}
