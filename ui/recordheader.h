#pragma once

#include <QWidget>

class QLabel;

namespace Kempt {

// The top of an editor: a round badge with initials, the record's name and one line
// about it (job title at company, or industry and city), updated while the person types.
class RecordHeader : public QWidget
{
    Q_OBJECT
public:
    explicit RecordHeader(QWidget *parent = nullptr);

    void setTitle(const QString &title, const QString &placeholder);
    void setSubtitle(const QString &subtitle);

    QString title() const;

    static QString initialsOf(const QString &name);

private:
    void updateBadge(const QString &name);

    QLabel *m_badge;
    QLabel *m_title;
    QLabel *m_subtitle;
};

} // namespace Kempt
