#include "tagslineedit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>

namespace Kempt {

TagsLineEdit::TagsLineEdit(QWidget *parent)
    : QLineEdit(parent)
    , m_completer(new QCompleter(this))
{
    setPlaceholderText(tr("e.g. customer, newsletter"));
    setClearButtonEnabled(true);
    m_completer->setWidget(this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &TagsLineEdit::insertCompletion);
    connect(this, &QLineEdit::textEdited, this, &TagsLineEdit::updateCompletion);
}

void TagsLineEdit::setTagModel(QAbstractItemModel *model, int role)
{
    m_completer->setModel(model);
    m_completer->setCompletionRole(role);
}

QStringList TagsLineEdit::tags() const
{
    QStringList result;
    for (const QString &part : text().split(QLatin1Char(','))) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !result.contains(tag, Qt::CaseInsensitive))
            result << tag;
    }
    return result;
}

void TagsLineEdit::setTags(const QStringList &tags)
{
    setText(tags.join(QStringLiteral(", ")));
}

QString TagsLineEdit::currentSegment() const
{
    const QString before = text().left(cursorPosition());
    return before.mid(before.lastIndexOf(QLatin1Char(',')) + 1).trimmed();
}

void TagsLineEdit::updateCompletion()
{
    const QString segment = currentSegment();
    if (segment.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(segment);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
}

void TagsLineEdit::insertCompletion(const QString &tag)
{
    const QString all = text();
    const int cursor = cursorPosition();
    const int start = int(all.left(cursor).lastIndexOf(QLatin1Char(','))) + 1;
    int end = int(all.indexOf(QLatin1Char(','), cursor));
    if (end < 0)
        end = int(all.size());
    const QString prefix = start > 0 ? QStringLiteral(" ") : QString();
    // The tag is followed by ", " so that the next one can be typed right away.
    QString rebuilt = all.left(start) + prefix + tag + QStringLiteral(", ");
    const int newCursor = int(rebuilt.size());
    rebuilt += all.mid(end).section(QLatin1Char(','), 1).trimmed();
    setText(rebuilt);
    setCursorPosition(newCursor);
}

void TagsLineEdit::keyPressEvent(QKeyEvent *event)
{
    // While the popup is open, Enter picks the tag instead of accepting the dialog.
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore();
            return;
        default:
            break;
        }
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace Kempt
