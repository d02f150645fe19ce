#pragma once

#include <QLineEdit>
#include <QStringList>

class QAbstractItemModel;
class QCompleter;

namespace Kempt {

// Tags as comma-separated text; the tag being typed completes from the workspace's tags.
class TagsLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit TagsLineEdit(QWidget *parent = nullptr);

    // model lists the known tags; role gives each tag's bare name.
    void setTagModel(QAbstractItemModel *model, int role);

    QStringList tags() const;
    void setTags(const QStringList &tags);

    QCompleter *completer() const { return m_completer; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QString currentSegment() const;
    void updateCompletion();
    void insertCompletion(const QString &tag);

    QCompleter *m_completer;
};

} // namespace Kempt
