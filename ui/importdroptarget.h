#pragma once

#include <QObject>
#include <QStringList>

class QMimeData;
class QWidget;

namespace Kempt {

// Lets a window take a contact file dropped onto it (CSV, TSV, text, Excel, OpenDocument,
// vCard) and says which file, so that the import wizard opens with it. Other drops are
// refused, so the cursor tells before the drop whether it will work.
class ImportDropTarget : public QObject
{
    Q_OBJECT
public:
    explicit ImportDropTarget(QWidget *window);

    static QStringList suffixes();
    // The first importable local file among the drop's URLs; empty when there is none.
    static QString importableFile(const QMimeData *mime);

Q_SIGNALS:
    void fileDropped(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace Kempt
