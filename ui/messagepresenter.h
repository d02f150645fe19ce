#pragma once

#include <QString>
#include <QStringList>

namespace Kempt {

// Everything the windows ask a person, behind one interface, so that tests can answer
// without a human and the real application can use native dialogs.
class MessagePresenter
{
public:
    virtual ~MessagePresenter() = default;

    virtual void error(const QString &text) = 0;
    virtual bool confirm(const QString &title, const QString &text) = 0;
    // An empty string means the person cancelled.
    virtual QString openFileName(const QString &title, const QString &directory, const QString &filter) = 0;
    virtual QString saveFileName(const QString &title, const QString &suggestedPath, const QString &filter) = 0;
    // A line of text, e.g. the name of a saved view; empty when cancelled.
    virtual QString askText(const QString &title, const QString &label, const QString &initial = QString()) = 0;
    // One of items; empty when cancelled.
    virtual QString choose(const QString &title, const QString &label, const QStringList &items) = 0;
};

} // namespace Kempt
