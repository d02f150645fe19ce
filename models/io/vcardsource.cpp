#include "io/vcardsource.h"
#include "io/vcardreader.h"
#include "io/vcardrecord.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QIODevice>
#include <QLocale>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

// The single-valued fields, in column order: (header, VCardRecord key).
const QList<std::pair<QString, QString>> &nameColumns()
{
    static const QList<std::pair<QString, QString>> columns = {
        {QStringLiteral("Name Prefix"), QStringLiteral("salutation")}, {QStringLiteral("First Name"), QStringLiteral("first_name")},
        {QStringLiteral("Middle Name"), QStringLiteral("middle_name")}, {QStringLiteral("Last Name"), QStringLiteral("last_name")},
        {QStringLiteral("Full Name"), QStringLiteral("display_name")},  {QStringLiteral("Organization"), QStringLiteral("company")},
        {QStringLiteral("Department"), QStringLiteral("department")},  {QStringLiteral("Job Title"), QStringLiteral("job_title")},
    };
    return columns;
}

const QList<std::pair<QString, QString>> &addressColumns()
{
    static const QList<std::pair<QString, QString>> columns = {
        {QStringLiteral("Street"), QStringLiteral("street")},        {QStringLiteral("City"), QStringLiteral("city")},
        {QStringLiteral("Region"), QStringLiteral("region")},        {QStringLiteral("Postal Code"), QStringLiteral("postcode")},
        {QStringLiteral("Country"), QStringLiteral("country")},
    };
    return columns;
}

QString addressText(const VCardRecord &card, int index)
{
    QStringList parts;
    for (const auto &column : addressColumns()) {
        const QString v = card.values.value(column.second).value(index).trimmed();
        if (!v.isEmpty())
            parts << v;
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

VCardSource::VCardSource(const QString &path)
    : TableSource(path)
{
}

VCardSource::VCardSource(QIODevice *device, const QString &name)
    : TableSource(device, name)
{
}

VCardSource::~VCardSource() = default;

Result VCardSource::readerFailure() const
{
    return m_reader ? m_reader->status() : Result::failure(Tr::tr("%1 cannot be read.").arg(fileName()));
}

Result VCardSource::openSource()
{
    m_emails = m_phones = 0;
    m_cards = m_photos = m_photoBytes = 0;
    if (!device()->seek(0))
        return Result::failure(Tr::tr("%1 cannot be read from its start. Copy it to a local folder and retry.").arg(fileName()));
    // The widest card decides the columns, so the file is read once before its rows.
    m_reader = std::make_unique<VCardReader>(device(), fileName());
    Result r = m_reader->open();
    if (!r)
        return r;
    VCardRecord card;
    while (m_reader->next(&card)) {
        ++m_cards;
        m_emails = qMax(m_emails, int(card.values.value(QStringLiteral("email")).size()));
        m_phones = qMax(m_phones, int(card.values.value(QStringLiteral("phone")).size()));
        if (card.photoBytes > 0) {
            ++m_photos;
            m_photoBytes += card.photoBytes;
        }
    }
    if (!m_reader->status())
        return m_reader->status();
    if (m_cards == 0)
        return Result::failure(Tr::tr("%1 holds no contact card (BEGIN:VCARD). Export the contacts again or choose another file.")
                                   .arg(fileName()));
    setSheets({{QFileInfo(fileName()).completeBaseName(), false, true}});
    return Result::success();
}

Result VCardSource::startSheet(int)
{
    if (!device()->seek(0))
        return Result::failure(Tr::tr("%1 cannot be read from its start again. Copy it to a local folder and retry.").arg(fileName()));
    m_reader = std::make_unique<VCardReader>(device(), fileName());
    m_row = 0;
    return m_reader->open();
}

QStringList VCardSource::headers() const
{
    QStringList h;
    for (const auto &column : nameColumns())
        h << column.first;
    for (int i = 1; i <= m_emails; ++i)
        h << QStringLiteral("E-mail %1 - Value").arg(i) << QStringLiteral("E-mail %1 - Type").arg(i);
    for (int i = 1; i <= m_phones; ++i)
        h << QStringLiteral("Phone %1 - Value").arg(i) << QStringLiteral("Phone %1 - Type").arg(i);
    for (const auto &column : addressColumns())
        h << column.first;
    h << QStringLiteral("Birthday") << QStringLiteral("Website") << QStringLiteral("Categories") << QStringLiteral("Notes");
    return h;
}

QStringList VCardSource::cells(const VCardRecord &card) const
{
    QStringList row;
    for (const auto &column : nameColumns())
        row << card.values.value(column.second).join(QLatin1Char(' '));
    const auto repeated = [&](const QString &key, int count) {
        const QStringList values = card.values.value(key);
        const QStringList labels = card.labels.value(key);
        for (int i = 0; i < count; ++i)
            row << values.value(i) << labels.value(i);
    };
    repeated(QStringLiteral("email"), m_emails);
    repeated(QStringLiteral("phone"), m_phones);
    for (const auto &column : addressColumns())
        row << card.values.value(column.second).value(0);
    row << card.value(QStringLiteral("birthday"));
    const QStringList websites = card.values.value(QStringLiteral("website"));
    row << websites.value(0);
    row << card.values.value(QStringLiteral("tags")).join(QStringLiteral(", "));

    QStringList notes = card.values.value(QStringLiteral("notes"));
    const QStringList addressLabels = card.labels.value(QStringLiteral("address"));
    const qsizetype addresses = card.values.value(QStringLiteral("street")).size();
    for (int i = 1; i < addresses; ++i) {
        const QString text = addressText(card, i);
        if (text.isEmpty())
            continue;
        const QString label = addressLabels.value(i);
        notes << (label.isEmpty() ? Tr::tr("Other address: %1").arg(text) : Tr::tr("Other address (%1): %2").arg(label, text));
    }
    for (int i = 1; i < websites.size(); ++i)
        notes << Tr::tr("Other website: %1").arg(websites.at(i));
    row << notes.join(QStringLiteral("\n\n"));
    return row;
}

bool VCardSource::readRow(QStringList *row, qint64 *number)
{
    if (!m_reader)
        return false;
    if (m_row == 0) {
        *row = headers();
        *number = ++m_row;
        return true;
    }
    VCardRecord card;
    if (!m_reader->next(&card)) {
        if (!m_reader->status())
            fail(m_reader->status().message());
        return false;
    }
    *row = cells(card);
    *number = ++m_row;
    return true;
}

qint64 VCardSource::bytesDone() const
{
    return device() ? device()->pos() : 0;
}

qint64 VCardSource::bytesTotal() const
{
    return device() ? device()->size() : 0;
}

QStringList VCardSource::readingNotes() const
{
    if (m_photos == 0)
        return {};
    return {Tr::tr("%Ln card(s) had a picture (%1 in all), which was skipped: Kempt keeps no pictures.", "", int(m_photos))
                .arg(QLocale().formattedDataSize(m_photoBytes))};
}

} // namespace Kempt
