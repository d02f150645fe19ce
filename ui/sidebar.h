#pragma once

#include "domain/fieldtype.h"

#include <QTreeView>

class QStandardItem;
class QStandardItemModel;

namespace Kempt {

// The list on the left of the main window: Contacts, Companies, the saved views (when
// there are any), the Trash, and under "Data Quality" the dashboard, the duplicates and the
// style guide.
class Sidebar : public QTreeView
{
    Q_OBJECT
public:
    enum class Place { Contacts, Companies, SavedView, Trash, QualityDashboard, StyleGuide, Duplicates, Deals };

    struct View
    {
        qint64 id = 0;
        QString name;
        Entity entity = Entity::Contact;
    };

    explicit Sidebar(QWidget *parent = nullptr);

    void setSavedViews(const QList<View> &views);
    void select(Place place, qint64 viewId = 0);
    Place currentPlace() const;
    qint64 currentViewId() const;
    // The row of a place, for tests and keyboard navigation.
    QModelIndex indexOf(Place place, qint64 viewId = 0) const;

    QSize sizeHint() const override;

Q_SIGNALS:
    void placeChosen(Kempt::Sidebar::Place place, qint64 viewId);
    void deleteViewRequested(qint64 viewId);

protected:
    bool event(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QStandardItem *makeItem(const QString &text, const QString &icon, Place place, qint64 id = 0);

    QStandardItemModel *m_model;
    QStandardItem *m_viewsHeader;
    bool m_selecting = false;
};

} // namespace Kempt
