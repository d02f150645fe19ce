#include "dedup/spreadsheetrecordreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Dedup)
};

constexpr int DateSampleRows = 2000;

} // namespace

Result SpreadsheetRecordReader::open(const QString &path, const QString &idColumn)
{
    m_path = path;
    const QString name = QDir::toNativeSeparators(path);
    m_file = std::make_unique<QFile>(path);
    if (!m_file->open(QIODevice::ReadOnly))
        return m_result = Result::failure(Tr::tr("%1 cannot be read: %2. Check the file name and its permissions.")
                                              .arg(name, m_file->errorString()));
    m_csv = std::make_unique<CsvReader>(m_file.get());
    // Some exports put notes above the header (LinkedIn): the header is the first of the
    // first rows with at least two mapped columns, else the first with one.
    QList<QStringList> head;
    QStringList row;
    while (head.size() < 10 && m_csv->readRecord(&row))
        head << row;
    if (m_csv->hasError())
        return m_result = Result::failure(QStringLiteral("%1: %2").arg(name, m_csv->errorString()));
    int chosen = -1;
    for (int need : {2, 1}) {
        for (int i = 0; i < head.size() && chosen < 0; ++i) {
            int mapped = 0;
            for (const ColumnMapper::Column &c : ColumnMapper::map(head.at(i)))
                mapped += c.field.isEmpty() ? 0 : 1;
            if (mapped >= need)
                chosen = i;
        }
        if (chosen >= 0)
            break;
    }
    if (head.isEmpty())
        return m_result = Result::failure(Tr::tr("%1 is empty: a spreadsheet needs a header row and at least one row of data.")
                                              .arg(name));
    const QStringList header = head.at(qMax(0, chosen));
    m_mapping = ColumnMapper::map(header);
    m_buffered = head.mid(qMax(0, chosen) + 1);
    m_row = qMax(0, chosen) + 1;
    m_width = int(header.size());
    if (!idColumn.isEmpty()) {
        for (int i = 0; i < header.size() && m_idColumn < 0; ++i)
            if (header.at(i).trimmed().compare(idColumn.trimmed(), Qt::CaseInsensitive) == 0)
                m_idColumn = i;
        if (m_idColumn < 0)
            return m_result = Result::failure(Tr::tr("%1 has no column \"%2\". Its columns are: %3.")
                                                  .arg(name, idColumn, header.join(QStringLiteral(", "))));
    }
    const auto columns = [this](const char *field) { return ColumnMapper::columnsFor(m_mapping, QString::fromLatin1(field)); };
    m_given = columns("first_name");
    m_surname = columns("last_name");
    m_full = columns("display_name");
    m_emails = columns("email");
    m_phones = columns("phone");
    m_company = columns("company");
    m_street = columns("street");
    m_city = columns("city");
    m_postcode = columns("postcode");
    m_country = columns("country");
    for (const ColumnMapper::Column &c : m_mapping) {
        if (c.field != QLatin1String("birthday") || c.ignored)
            continue;
        if (c.part.isEmpty())
            m_birthday << c.index;
        else if (c.part == QLatin1String("year"))
            m_birthYear = c.index;
        else if (c.part == QLatin1String("month"))
            m_birthMonth = c.index;
        else if (c.part == QLatin1String("day"))
            m_birthDay = c.index;
    }
    if (m_given.isEmpty() && m_surname.isEmpty() && m_full.isEmpty() && m_emails.isEmpty() && m_phones.isEmpty())
        return m_result = Result::failure(Tr::tr("%1: no column could be recognised as a name, e-mail or phone (columns: %2). "
                                                 "Name the columns in the header row, e.g. first_name, last_name, email.")
                                              .arg(name, header.join(QStringLiteral(", "))));
    // Read ahead to decide whether 03/04/1980 is day or month first.
    QStringList cells;
    QStringList samples;
    while (m_buffered.size() < DateSampleRows && m_csv->readRecord(&cells))
        m_buffered << cells;
    for (const QStringList &buffered : std::as_const(m_buffered))
        for (int c : std::as_const(m_birthday))
            if (c < buffered.size() && !buffered.at(c).trimmed().isEmpty())
                samples << buffered.at(c);
    if (m_csv->hasError())
        return m_result = Result::failure(QStringLiteral("%1: %2").arg(name, m_csv->errorString()));
    m_dateOrder = DateNormalizer::detectOrder(samples);
    // A rough count for progress: the file's size over the size of the rows read so far.
    if (!m_buffered.isEmpty() && m_file->pos() > 0) {
        const double perRow = double(m_file->pos()) / double(m_buffered.size() + 1);
        m_sizeHint = qint64(double(m_file->size()) / perRow);
    }
    return m_result = Result::success();
}

bool SpreadsheetRecordReader::readRow(QStringList *cells)
{
    if (!m_buffered.isEmpty()) {
        *cells = m_buffered.takeFirst();
        return true;
    }
    if (!m_csv || !m_csv->readRecord(cells)) {
        if (m_csv && m_csv->hasError())
            m_result = Result::failure(QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(m_path), m_csv->errorString()));
        return false;
    }
    return true;
}

bool SpreadsheetRecordReader::next(DupRecord *record)
{
    if (!m_result)
        return false;
    QStringList cells;
    for (;;) {
        if (!readRow(&cells))
            return false;
        ++m_row;
        // A blank line carries no person.
        if (cells.size() == 1 && cells.first().trimmed().isEmpty())
            continue;
        break;
    }
    *record = build(cells);
    return true;
}

QString SpreadsheetRecordReader::first(const QStringList &cells, const QList<int> &columns) const
{
    for (int c : columns)
        if (c < cells.size() && !cells.at(c).trimmed().isEmpty())
            return cells.at(c).trimmed();
    return QString();
}

DupRecord SpreadsheetRecordReader::build(const QStringList &cells) const
{
    DupRecord r;
    r.id = m_idColumn >= 0 && m_idColumn < cells.size() ? cells.at(m_idColumn).trimmed() : QString::number(m_row);
    r.givenName = first(cells, m_given);
    r.surname = first(cells, m_surname);
    r.fullName = first(cells, m_full);
    for (int c : m_emails)
        if (c < cells.size() && !cells.at(c).trimmed().isEmpty())
            r.emails << cells.at(c).trimmed();
    for (int c : m_phones)
        if (c < cells.size() && !cells.at(c).trimmed().isEmpty())
            r.phones << cells.at(c).trimmed();
    r.company = first(cells, m_company);
    QStringList street;
    for (int c : m_street)
        if (c < cells.size() && !cells.at(c).trimmed().isEmpty())
            street << cells.at(c).trimmed();
    r.street = street.join(QLatin1Char(' '));
    r.city = first(cells, m_city);
    r.postcode = first(cells, m_postcode);
    r.country = first(cells, m_country);
    QString birthday = first(cells, m_birthday);
    if (birthday.isEmpty() && m_birthYear >= 0 && m_birthMonth >= 0 && m_birthDay >= 0) {
        const int y = first(cells, {m_birthYear}).toInt();
        const int m = first(cells, {m_birthMonth}).toInt();
        const int d = first(cells, {m_birthDay}).toInt();
        if (y > 0 && m > 0 && d > 0)
            birthday = QStringLiteral("%1-%2-%3").arg(y, 4, 10, QLatin1Char('0')).arg(m, 2, 10, QLatin1Char('0')).arg(d, 2, 10, QLatin1Char('0'));
    }
    if (!birthday.isEmpty()) {
        // ISO and yyyymmdd are kept as written (RecordPreparer reads them, typos included).
        const bool plain = birthday.size() == 8 || (birthday.size() == 10 && birthday.at(4) == QLatin1Char('-'));
        if (!plain) {
            const Verdict v = DateNormalizer::check(birthday, m_dateOrder);
            if (!v.normalized.isEmpty())
                birthday = v.normalized;
        }
    }
    r.birthday = birthday;
    return r;
}

} // namespace Kempt
