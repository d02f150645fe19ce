#pragma once

#include "io/tablesource.h"

#include <QStringList>
#include <memory>

namespace Kempt {

class VCardReader;
struct VCardRecord;

// A vCard file (.vcf) as a TableSource, so cards go through the same mapping, cleanup,
// duplicate check and write as the rows of a spreadsheet: row 1 holds the headers, and
// each card is one row after it (row 2 is the first card).
//
// The headers are those of a Google Contacts export, which ColumnMapper maps by itself:
// name parts, Organization, Department, Job Title, "E-mail N - Value" with "E-mail N -
// Type" beside it (and the same for Phone) for every e-mail and phone a card has, its
// preferred address (Street, City, Region, Postal Code, Country), Birthday, Website,
// Categories (as tags) and Notes. A contact holds one address and one website: the
// card's other addresses and websites are added to its notes with their labels, so
// nothing the card says is dropped. Pictures (PHOTO) are skipped, since Kempt keeps
// none; readingNotes() says how many. Columns are fixed by a first pass over the file
// (how many e-mails and phones the fullest card has). The headers stay in English in
// every language: they are the file's columns, which profiles and ColumnMapper match.
class VCardSource : public TableSource
{
public:
    explicit VCardSource(const QString &path);
    VCardSource(QIODevice *device, const QString &name);
    ~VCardSource() override;

    QStringList readingNotes() const override;
    qint64 cards() const { return m_cards; }

protected:
    Result openSource() override;
    Result startSheet(int index) override;
    bool readRow(QStringList *row, qint64 *number) override;
    qint64 bytesDone() const override;
    qint64 bytesTotal() const override;

private:
    QStringList headers() const;
    QStringList cells(const VCardRecord &card) const;
    Result readerFailure() const;

    std::unique_ptr<VCardReader> m_reader;
    int m_emails = 0;
    int m_phones = 0;
    qint64 m_cards = 0;
    qint64 m_photos = 0;
    qint64 m_photoBytes = 0;
    qint64 m_row = 0;
};

} // namespace Kempt
