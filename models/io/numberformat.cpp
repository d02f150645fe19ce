#include "io/numberformat.h"

#include <QDate>
#include <cmath>

namespace Kempt {

namespace {

bool isDigits(QStringView s)
{
    qsizetype i = s.startsWith(QLatin1Char('-')) ? 1 : 0;
    if (i >= s.size())
        return false;
    for (; i < s.size(); ++i)
        if (s.at(i) < QLatin1Char('0') || s.at(i) > QLatin1Char('9'))
            return false;
    return true;
}

QString twoDigits(qint64 n)
{
    return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}

QString clock(qint64 seconds)
{
    return twoDigits(seconds / 3600) + QLatin1Char(':') + twoDigits(seconds / 60 % 60) + QLatin1Char(':') + twoDigits(seconds % 60);
}

} // namespace

NumberFormat NumberFormat::builtIn(int id)
{
    NumberFormat f;
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || (id >= 34 && id <= 36) || (id >= 50 && id <= 58))
        f.m_kind = Kind::Date;
    else if (id == 22)
        f.m_kind = Kind::DateTime;
    else if ((id >= 18 && id <= 21) || id == 32 || id == 33 || id == 45 || id == 47)
        f.m_kind = Kind::Time;
    else if (id == 46)
        f.m_kind = Kind::Duration;
    else if (id == 49)
        f.m_kind = Kind::Text;
    return f;
}

NumberFormat NumberFormat::fromCode(const QString &code)
{
    NumberFormat f;
    bool date = false, time = false, month = false, elapsed = false, text = false, onlyZeros = true;
    int zeros = 0;
    const qsizetype n = code.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = code.at(i);
        const char16_t l = c.toLower().unicode();
        if (c == QLatin1Char(';'))
            break; // the first section formats positive numbers and dates
        if (c == QLatin1Char('"')) {
            const qsizetype end = code.indexOf(QLatin1Char('"'), i + 1);
            i = end < 0 ? n : end;
            onlyZeros = false;
            continue;
        }
        if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i; // an escaped character, or padding and fill that name one
            onlyZeros = false;
            continue;
        }
        if (c == QLatin1Char('[')) {
            const qsizetype end = code.indexOf(QLatin1Char(']'), i + 1);
            const QString inside = code.mid(i + 1, (end < 0 ? n : end) - i - 1).toLower();
            // [h], [mm], [ss]: elapsed time; anything else is a colour, locale or condition.
            if (!inside.isEmpty() && (inside.count(QLatin1Char('h')) == inside.size() || inside.count(QLatin1Char('m')) == inside.size()
                                      || inside.count(QLatin1Char('s')) == inside.size()))
                elapsed = true;
            i = end < 0 ? n : end;
            onlyZeros = false;
            continue;
        }
        if (l == 'g' && code.mid(i, 7).compare(QLatin1String("general"), Qt::CaseInsensitive) == 0) {
            i += 6;
            onlyZeros = false;
            continue;
        }
        if (l == 'a' && (code.mid(i, 5).compare(QLatin1String("am/pm"), Qt::CaseInsensitive) == 0
                         || code.mid(i, 3).compare(QLatin1String("a/p"), Qt::CaseInsensitive) == 0)) {
            time = true;
            i += code.mid(i, 5).compare(QLatin1String("am/pm"), Qt::CaseInsensitive) == 0 ? 4 : 2;
            onlyZeros = false;
            continue;
        }
        if (l == 'e' && i + 1 < n && (code.at(i + 1) == QLatin1Char('+') || code.at(i + 1) == QLatin1Char('-'))) {
            ++i; // scientific notation, not the era year
            onlyZeros = false;
            continue;
        }
        if (c == QLatin1Char('0')) {
            ++zeros;
            continue;
        }
        onlyZeros = false;
        if (l == 'y' || l == 'd' || l == 'e' || l == 'g')
            date = true;
        else if (l == 'h' || l == 's')
            time = true;
        else if (l == 'm')
            month = true;
        else if (c == QLatin1Char('@'))
            text = true;
    }
    if (elapsed)
        f.m_kind = Kind::Duration;
    else if ((date || (month && !time)) && time)
        f.m_kind = Kind::DateTime;
    else if (date || (month && !time))
        f.m_kind = Kind::Date;
    else if (time)
        f.m_kind = Kind::Time;
    else if (text)
        f.m_kind = Kind::Text;
    else if (onlyZeros && zeros > 1) {
        f.m_kind = Kind::ZeroPadded;
        f.m_digits = zeros;
    }
    return f;
}

QString NumberFormat::plainNumber(double value)
{
    if (!std::isfinite(value))
        return QString::number(value);
    if (std::floor(value) == value && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

QString NumberFormat::plainNumber(QStringView value)
{
    if (isDigits(value))
        return value.toString();
    bool ok = false;
    const double d = value.toDouble(&ok);
    return ok ? plainNumber(d) : value.toString();
}

QString NumberFormat::serialToIso(double serial, bool date1904, Kind kind)
{
    if (!std::isfinite(serial) || std::fabs(serial) > 3e6)
        return QString();
    if (kind == Kind::Duration) {
        const qint64 total = qRound64(std::fabs(serial) * 86400.0);
        QString out = serial < 0 ? QStringLiteral("-PT") : QStringLiteral("PT");
        if (total >= 3600)
            out += QString::number(total / 3600) + QLatin1Char('H');
        if (total % 3600 >= 60)
            out += QString::number(total / 60 % 60) + QLatin1Char('M');
        if (total % 60 || total == 0)
            out += QString::number(total % 60) + QLatin1Char('S');
        return out;
    }
    if (serial < 0)
        return QString();
    qint64 days = qint64(std::floor(serial));
    qint64 seconds = qRound64((serial - double(days)) * 86400.0);
    if (seconds >= 86400) {
        ++days;
        seconds -= 86400;
    }
    if (kind == Kind::Time)
        return clock(seconds);
    QString date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(days).toString(Qt::ISODate);
    else if (days == 60)
        date = QStringLiteral("1900-02-29"); // the day Excel counts and the calendar does not
    else if (days < 60)
        date = QDate(1899, 12, 31).addDays(days).toString(Qt::ISODate);
    else
        date = QDate(1899, 12, 30).addDays(days).toString(Qt::ISODate);
    if (kind == Kind::DateTime)
        return date + QLatin1Char('T') + clock(seconds);
    return date;
}

QString NumberFormat::render(QStringView value, bool date1904) const
{
    switch (m_kind) {
    case Kind::General:
        return plainNumber(value);
    case Kind::Text:
        return value.toString();
    case Kind::ZeroPadded: {
        if (isDigits(value) && !value.startsWith(QLatin1Char('-')))
            return value.size() >= m_digits ? value.toString() : QString(m_digits - value.size(), QLatin1Char('0')) + value.toString();
        return plainNumber(value);
    }
    case Kind::Date:
    case Kind::DateTime:
    case Kind::Time:
    case Kind::Duration: {
        bool ok = false;
        const double serial = value.toDouble(&ok);
        const QString iso = ok ? serialToIso(serial, date1904, m_kind) : QString();
        return iso.isEmpty() ? plainNumber(value) : iso;
    }
    }
    return value.toString();
}

} // namespace Kempt
