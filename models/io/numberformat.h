#pragma once

#include <QString>
#include <QStringView>

namespace Kempt {

// What a spreadsheet number format says about a cell's value, and the value as text: a
// date-formatted serial number becomes an ISO 8601 date, an integer is written without
// ".0", and a number shown with leading zeros ("00000" for postcodes, "0000000000" for
// phone numbers) keeps them, because it is really text.
//
// Excel stores dates as days since an epoch: in the 1900 system day 1 is 1900-01-01 and
// day 60 is the 29 February 1900 that never was (Lotus 1-2-3's leap-year bug, kept for
// compatibility); in the 1904 system (old Mac workbooks) day 0 is 1904-01-01.
class NumberFormat
{
public:
    enum class Kind {
        General,    // the number as it is
        Date,       // yyyy-MM-dd
        DateTime,   // yyyy-MM-ddTHH:mm:ss
        Time,       // HH:mm:ss
        Duration,   // elapsed time ([h]:mm:ss), as an ISO 8601 duration such as PT255H10M10S
        Text,       // "@": the value as written
        ZeroPadded, // only zeros: the integer padded to that many digits
    };

    NumberFormat() = default;
    // Excel's built-in formats (0-163) by id.
    static NumberFormat builtIn(int id);
    // A format code such as "yyyy-mm-dd", "[h]:mm:ss", "0.00" or "00000".
    static NumberFormat fromCode(const QString &code);

    Kind kind() const { return m_kind; }
    int digits() const { return m_digits; }
    bool isDateOrTime() const { return m_kind == Kind::Date || m_kind == Kind::DateTime || m_kind == Kind::Time || m_kind == Kind::Duration; }

    // The stored value (as written in the file) as the text to import.
    QString render(QStringView value, bool date1904) const;

    // A number without trailing ".0" and without noise digits: "72", "22.2222", "0.3".
    static QString plainNumber(QStringView value);
    static QString plainNumber(double value);
    // A serial date/time as ISO 8601 text; empty when the serial is not a valid date.
    static QString serialToIso(double serial, bool date1904, Kind kind);

private:
    Kind m_kind = Kind::General;
    int m_digits = 0;
};

} // namespace Kempt
