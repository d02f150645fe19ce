#pragma once

#include "core/result.h"
#include "domain/fielddef.h"
#include "io/vcardwriter.h"
#include "stores/recordselection.h"

#include <QSqlDatabase>
#include <QStringList>
#include <functional>
#include <optional>

class QIODevice;

namespace Kempt {

// Writes an entity's records to CSV. Columns are "id", then every field of the
// FieldCatalog under its stable key (first_name, email, tags, custom.<key> ...); contacts
// also get "emails" and "phones" with every address and number. Rows stream from a
// forward-only query, so a million records need no more memory than ten.
class RecordExporter
{
public:
    // Called every few thousand rows with the number written so far; return false to cancel.
    using Progress = std::function<bool(qint64 rows)>;

    RecordExporter(QSqlDatabase db, Entity entity);

    // Only these records (the current view or selection), still without the trash.
    void setSelection(const RecordSelection &selection) { m_selection = selection; }
    void setIncludeTrash(bool include) { m_includeTrash = include; }
    void setProgress(const Progress &progress) { m_progress = progress; }
    // Excel on Windows reads UTF-8 CSV correctly only when it starts with a byte order mark.
    void setByteOrderMark(bool bom) { m_bom = bom; }

    QStringList header() const;
    // How many rows export would write, for a progress bar.
    qint64 count() const;
    Result writeCsv(QIODevice *device, qint64 *rows = nullptr) const;
    // The same columns as one Excel sheet (XlsxExporter): ids and number fields as numbers,
    // date fields as dates, everything else as text, never as a formula.
    Result writeXlsx(QIODevice *device, qint64 *rows = nullptr) const;
    // Contacts as vCards (VCardWriter): names, company, title, every e-mail address and
    // phone number with its label, the address, birthday, website and tags.
    Result writeVCard(QIODevice *device, VCardWriter::Version version, qint64 *rows = nullptr) const;

private:
    QStringList selectExpressions() const;
    QString selectSql(const QStringList &selects) const;
    QString whereClause() const;
    QVariantList binds() const;

    QSqlDatabase m_db;
    Entity m_entity;
    QList<FieldDef> m_fields;
    std::optional<RecordSelection> m_selection;
    bool m_includeTrash = false;
    bool m_bom = false;
    Progress m_progress;
};

} // namespace Kempt
