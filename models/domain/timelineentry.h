#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Kempt {

// Notes and the four kinds of activity share one timeline on a contact or company.
enum class TimelineKind { Note, Call, Email, Meeting, Task };

inline QString timelineKindName(TimelineKind kind)
{
    switch (kind) {
    case TimelineKind::Note: return QStringLiteral("note");
    case TimelineKind::Call: return QStringLiteral("call");
    case TimelineKind::Email: return QStringLiteral("email");
    case TimelineKind::Meeting: return QStringLiteral("meeting");
    case TimelineKind::Task: return QStringLiteral("task");
    }
    return QStringLiteral("note");
}

inline std::optional<TimelineKind> timelineKindFromName(const QString &name)
{
    for (TimelineKind k : {TimelineKind::Note, TimelineKind::Call, TimelineKind::Email, TimelineKind::Meeting,
                           TimelineKind::Task})
        if (timelineKindName(k) == name)
            return k;
    return std::nullopt;
}

// One entry of a timeline. For notes, occurredAt is when the note was written and only
// body and author apply; id is the row of notes or of activities depending on kind.
struct TimelineEntry
{
    TimelineKind kind = TimelineKind::Note;
    qint64 id = 0;
    QString subject;
    QString body;
    QDateTime occurredAt;
    QDateTime dueAt;
    bool done = false;
    QString author;

    bool isNote() const { return kind == TimelineKind::Note; }
    // Calls, emails and meetings are contact with the person; notes and tasks are not.
    bool isContactMoment() const
    {
        return kind == TimelineKind::Call || kind == TimelineKind::Email || kind == TimelineKind::Meeting;
    }
};

} // namespace Kempt
