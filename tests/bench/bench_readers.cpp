// Times reading a large XLSX with XlsxReader: rows per second, peak memory and the load
// of the machine while it ran (wall time on a shared machine means little without it).
//
//   bench_readers [--rows N] [--file /tmp/kempt-bench-readers.xlsx] [--fresh]
//
// The workbook is written once with XlsxExporter (contact-like columns: text, e-mail,
// phone, a zero-padded postcode, a date, a number) and reused by later runs unless
// --fresh is given. Writing it is timed too.

#include "processstats.h"

#include "io/xlsxexporter.h"
#include "io/xlsxreader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

using namespace Kempt;

namespace {

using Bench::procStatus;
using Bench::resetPeak;
using Bench::loadAverage;
using Bench::cpuSeconds;

QTextStream out(stdout);

bool writeWorkbook(const QString &path, qint64 rows)
{
    static const char *const first[] = {"Anna", "Boris", "Chloé", "Dmitri", "Elif", "Farah", "Günther", "Hana", "Иван", "محمد"};
    static const char *const last[] = {"Lee", "Petrov", "Dubois", "Kowalski", "Yılmaz", "Haddad", "Müller", "Sato", "Соколов", "الحربي"};
    static const char *const cities[] = {"Berlin", "Paris", "Москва", "Cairo", "Tokyo", "São Paulo", "Kraków", "Tehran"};
    XlsxExporter xlsx(path, QStringLiteral("Contacts"));
    Result r = xlsx.open();
    if (r)
        r = xlsx.writeHeader({QStringLiteral("id"), QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("email"),
                              QStringLiteral("phone"), QStringLiteral("company"), QStringLiteral("city"), QStringLiteral("postcode"),
                              QStringLiteral("birthday"), QStringLiteral("notes")});
    xlsx.setKinds({XlsxExporter::Kind::Number, {}, {}, {}, {}, {}, {}, {}, XlsxExporter::Kind::Date, {}});
    QStringList cells;
    for (qint64 i = 1; r && i <= rows; ++i) {
        const QString f = QString::fromUtf8(first[i % 10]);
        const QString l = QString::fromUtf8(last[(i / 10) % 10]);
        cells = {QString::number(i), f, l, QStringLiteral("person%1@example.com").arg(i), QStringLiteral("+49 30 %1").arg(1000000 + i % 9000000),
                 QStringLiteral("Company %1 GmbH").arg(i % 5000), QString::fromUtf8(cities[i % 8]),
                 QStringLiteral("%1").arg(i % 100000, 5, 10, QLatin1Char('0')),
                 QStringLiteral("19%1-%2-%3").arg(50 + i % 50).arg(1 + i % 12, 2, 10, QLatin1Char('0')).arg(1 + i % 28, 2, 10, QLatin1Char('0')),
                 i % 7 == 0 ? QStringLiteral("Met at the fair, call back about the \"Premium\" plan") : QString()};
        r = xlsx.writeRow(cells);
    }
    if (r)
        r = xlsx.close();
    if (!r)
        out << "writing failed: " << r.message() << Qt::endl;
    return r.ok();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("rows"), QStringLiteral("Rows to write"), QStringLiteral("N"), QStringLiteral("1000000")},
                       {QStringLiteral("file"), QStringLiteral("Workbook to write and read"), QStringLiteral("FILE"),
                        QStringLiteral("/tmp/kempt-bench-readers.xlsx")},
                       {QStringLiteral("fresh"), QStringLiteral("Write the workbook even if it exists")}});
    parser.process(app);
    const qint64 rows = parser.value(QStringLiteral("rows")).toLongLong();
    const QString path = parser.value(QStringLiteral("file"));

    out << "load average before: " << loadAverage() << Qt::endl;
    if (parser.isSet(QStringLiteral("fresh")) || !QFileInfo::exists(path)) {
        QElapsedTimer timer;
        timer.start();
        if (!writeWorkbook(path, rows))
            return 1;
        out << "wrote " << rows << " rows with XlsxExporter in " << QString::number(timer.elapsed() / 1000.0, 'f', 2) << " s ("
            << QFileInfo(path).size() / (1024 * 1024) << " MB), peak RSS " << procStatus("VmHWM") << Qt::endl;
    }

    resetPeak();
    const double cpu0 = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    XlsxReader reader(path);
    Result r = reader.open();
    if (!r) {
        out << r.message() << Qt::endl;
        return 1;
    }
    const qint64 opened = timer.elapsed();
    QStringList row;
    qint64 count = 0, cells = 0;
    while (reader.next(&row)) {
        ++count;
        cells += row.size();
    }
    if (!reader.status()) {
        out << reader.status().message() << Qt::endl;
        return 1;
    }
    const double seconds = timer.elapsed() / 1000.0;
    out << "read " << count << " rows (" << cells << " cells) with XlsxReader in " << QString::number(seconds, 'f', 2) << " s (open "
        << opened << " ms, CPU " << QString::number(cpuSeconds() - cpu0, 'f', 2) << " s), " << qint64(count / qMax(seconds, 0.001))
        << " rows/s, target <= 20 s" << Qt::endl;
    out << "peak RSS while reading: " << procStatus("VmHWM") << Qt::endl;
    out << "load average after: " << loadAverage() << Qt::endl;
    return 0;
}
