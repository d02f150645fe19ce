#pragma once

// What the benchmarks report about their own process and the machine, from /proc.
// Header-only so that any bench_*.cpp can use it.

#include <QByteArray>
#include <QFile>
#include <QString>
#include <ctime>

namespace Kempt::Bench {

// A field of /proc/self/status, e.g. "VmHWM" (peak RSS) or "VmRSS".
inline QString procStatus(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    const QByteArray prefix = QByteArray(key) + ':';
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(prefix))
            return QString::fromLatin1(line.mid(prefix.size()).trimmed());
    return QStringLiteral("?");
}

// Forgets the peak so far, so that VmHWM afterwards is the measured work's own.
inline void resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

// The 1, 5 and 15 minute load averages: a figure taken on a busy machine says so.
inline QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2) : QStringLiteral("?");
}

// CPU time of the whole process, every thread included.
inline double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

} // namespace Kempt::Bench
