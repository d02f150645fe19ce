#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace Kempt {

// The picklist a lost deal's reason comes from. The style guide's picklists cover
// contacts and companies only, so the list lives in the workspace settings (JSON array
// under settingKey()); without one, defaults() applies. Values are stored as spelled,
// never translated, so every locale writes the same data.
class LostReasons
{
public:
    static QString settingKey() { return QStringLiteral("deals.lost_reasons"); }
    static QStringList defaults();
    static QStringList of(QSqlDatabase db);
    // The settings value for a list (trimmed, without empty entries or duplicates).
    static QString toSetting(const QStringList &reasons);
    // The list's spelling of reason (matched case-insensitively); empty when absent.
    static QString match(const QStringList &reasons, const QString &reason);
};

} // namespace Kempt
