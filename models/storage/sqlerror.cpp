#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QSqlError>

namespace Kempt {

Result sqlFailure(const QSqlError &error, const QString &what)
{
    const QString native = error.nativeErrorCode();
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    QString advice;
    if (native == QLatin1String("13"))
        advice = QCoreApplication::translate("Kempt", "The disk is full. Free some space and try again; nothing was changed.");
    else if (native == QLatin1String("5") || native == QLatin1String("6"))
        advice = QCoreApplication::translate("Kempt", "The workspace is busy in another program. Close it there and try again.");
    else if (native == QLatin1String("8"))
        advice = QCoreApplication::translate("Kempt", "The workspace file is read-only. Make it writable and try again.");
    else if (native == QLatin1String("11") || native == QLatin1String("26"))
        advice = QCoreApplication::translate("Kempt", "The workspace file is damaged. Restore it from a copy.");
    QString message = QCoreApplication::translate("Kempt", "%1 failed: %2").arg(what, text);
    if (!advice.isEmpty())
        message += QLatin1Char(' ') + advice;
    return Result::failure(message);
}

Result sqlFailure(const QSqlQuery &query, const QString &what)
{
    return sqlFailure(query.lastError(), what);
}

Result exec(QSqlQuery &query, const QString &sql, const QVariantList &bindings)
{
    if (!query.prepare(sql))
        return sqlFailure(query, sql.left(60));
    // Domain strings default to null QStrings, which Qt binds as SQL NULL; the schema's text
    // columns are NOT NULL DEFAULT '', so a null string means "empty". NULL is written with
    // an invalid or typed-null non-string QVariant.
    for (const QVariant &v : bindings) {
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(v);
    }
    if (!query.exec())
        return sqlFailure(query, sql.left(60));
    return Result::success();
}

} // namespace Kempt
