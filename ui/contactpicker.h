#pragma once

#include <QLineEdit>
#include <QPointer>

class QCompleter;

namespace Kempt {

class RecordTableModel;
class Workspace;

// A contact chosen by typing part of a name, e-mail address or company and picking from
// the matches (the contacts table's own search). What counts is the id picked; text typed
// without picking leaves no contact chosen, which the editor then points out.
class ContactPicker : public QLineEdit
{
    Q_OBJECT
public:
    explicit ContactPicker(Workspace *workspace, QWidget *parent = nullptr);

    qint64 contactId() const { return m_id; }
    // Shows the contact's name; 0 clears the field.
    void setContactId(qint64 id);
    // Text that names no contact picked from the list.
    bool isUnresolved() const { return m_id == 0 && !text().trimmed().isEmpty(); }
    // Picks the contact at row of the matches (what choosing from the popup does).
    void pick(int row);

    RecordTableModel *matches() const { return m_matches; }
    QCompleter *contactCompleter() const { return m_completer; }

    static QString nameOf(Workspace *workspace, qint64 contactId);

Q_SIGNALS:
    void contactChosen(qint64 id, const QString &name);

private:
    void search(const QString &text);

    QPointer<Workspace> m_workspace;
    RecordTableModel *m_matches;
    QCompleter *m_completer;
    qint64 m_id = 0;
};

} // namespace Kempt
