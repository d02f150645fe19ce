#pragma once

#include "domain/fieldtype.h"
#include "domain/timelineentry.h"
#include "storage/changeset.h"

#include <QAbstractListModel>
#include <QPointer>

namespace Kempt {

class Workspace;

// The timeline of one contact or company, newest first. Edits push commands: the body of
// a note (EditNote), the subject of an activity or a task's check box (EditActivity).
class TimelineModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        KindRole = Qt::UserRole + 1, // "note", "call", "email", "meeting", "task"
        IdRole,
        SubjectRole,
        BodyRole,
        OccurredAtRole,
        DueAtRole,
        DoneRole,
        AuthorRole,
    };
    Q_ENUM(Role)

    explicit TimelineModel(Workspace *workspace, QObject *parent = nullptr);

    void setRecord(Entity entity, qint64 recordId);
    Entity entity() const { return m_entity; }
    qint64 recordId() const { return m_recordId; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    TimelineEntry entryAt(int row) const;

public Q_SLOTS:
    void refresh();

private:
    void onChanged(const ChangeSet &changes);
    QList<TimelineEntry> load() const;
    QString title(const TimelineEntry &entry) const;

    QPointer<Workspace> m_workspace;
    Entity m_entity = Entity::Contact;
    qint64 m_recordId = 0;
    QList<TimelineEntry> m_entries;
};

} // namespace Kempt
