#pragma once

#include "core/result.h"

#include <QSqlQuery>

namespace Kempt {

// Turns a failed query into a message a person can act on; a full disk and a locked
// file are the two a user can fix, so they get their own words.
Result sqlFailure(const QSqlQuery &query, const QString &what);
Result sqlFailure(const QSqlError &error, const QString &what);

// Prepares and runs one statement with positional bindings; a null QString binds as ''.
Result exec(QSqlQuery &query, const QString &sql, const QVariantList &bindings = {});

} // namespace Kempt
