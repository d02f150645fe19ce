#include "screenshottaker.h"
#include "bulkupdatedialog.h"
#include "companyeditor.h"
#include "contacteditor.h"
#include "fieldvalueeditor.h"
#include "mainwindow.h"
#include "qualitydashboard.h"
#include "recordspage.h"
#include "styleguideeditor.h"
#include "tagmanagerdialog.h"
#include "timelinewidget.h"

#include "commands/saveview.h"
#include "itemmodels/recordtablemodel.h"
#include "itemmodels/taglistmodel.h"

#include <QDialog>
#include <QItemSelectionModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

namespace Kempt {

namespace {
constexpr int settleMs = 400;
}

ScreenshotTaker::ScreenshotTaker(MainWindow *window, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_dir(directory)
{
    connect(window, &MainWindow::dialogOpened, this, [this](QDialog *dialog) { m_dialog = dialog; });
}

int ScreenshotTaker::richContactRow() const
{
    // A contact with a company, an e-mail and a phone makes the editor worth looking at.
    RecordTableModel *model = m_window->contactsPage()->model();
    const int company = model->columnOf(QStringLiteral("company"));
    const int email = model->columnOf(QStringLiteral("email"));
    const int phone = model->columnOf(QStringLiteral("phone"));
    for (int r = 0; r < std::min(model->rowCount(), 80); ++r) {
        bool full = true;
        for (int c : {company, email, phone})
            full = full && c >= 0 && !model->index(r, c).data().toString().isEmpty();
        if (full)
            return r;
    }
    return 0;
}

void ScreenshotTaker::start()
{
    if (!m_dir.mkpath(QStringLiteral("."))) {
        qWarning("cannot create %s", qPrintable(m_dir.path()));
        Q_EMIT done(false);
        return;
    }
    MainWindow *w = m_window;
    m_steps = {
        [this, w] {
            // Two saved views make the sidebar look as it does in use; they are undone at the end.
            const auto save = [w](const QString &name, const QString &field, FilterCondition::Operator op,
                                  const QString &value) {
                SavedView view;
                view.name = name;
                FilterCondition condition;
                condition.field = field;
                condition.op = op;
                condition.value = value;
                view.filter.conditions << condition;
                view.sortKey = QStringLiteral("display_name");
                w->workspace()->undoStack()->push(new SaveView(w->workspace(), view));
            };
            save(tr("VIP contacts"), QStringLiteral("tags"), FilterCondition::Operator::HasTag, QStringLiteral("VIP"));
            save(tr("Contacts in Germany"), QStringLiteral("country"), FilterCondition::Operator::Equals, QStringLiteral("DE"));
            m_savedViews = 2;
        },
        [w] {
            w->resize(1360, 840);
            w->sidebar()->select(Sidebar::Place::Contacts);
            QTableView *view = w->contactsPage()->view();
            view->selectRow(2);
            view->setFocus();
        },
        [this, w] { shoot(w, QStringLiteral("contacts.png")); },
        [w] {
            w->sidebar()->select(Sidebar::Place::Companies);
            w->companiesPage()->view()->selectRow(0);
        },
        [this, w] { shoot(w, QStringLiteral("companies.png")); },
        [this, w] {
            w->sidebar()->select(Sidebar::Place::Contacts);
            RecordsPage *page = w->contactsPage();
            page->openRecord(page->model()->idAt(richContactRow()));
        },
        [this] { shoot(m_dialog, QStringLiteral("contact-editor.png")); },
        [this] {
            if (auto *editor = qobject_cast<ContactEditor *>(m_dialog.data()))
                editor->tabs()->setCurrentIndex(1);
        },
        [this] { shoot(m_dialog, QStringLiteral("contact-editor-info.png")); },
        [this] {
            if (auto *editor = qobject_cast<ContactEditor *>(m_dialog.data()))
                editor->tabs()->setCurrentIndex(4);
        },
        [this] { shoot(m_dialog, QStringLiteral("contact-editor-custom.png")); },
        [this] {
            if (auto *editor = qobject_cast<ContactEditor *>(m_dialog.data()))
                editor->tabs()->setCurrentIndex(3);
        },
        [this] { shoot(m_dialog, QStringLiteral("contact-editor-consent.png")); },
        [this] {
            if (auto *editor = qobject_cast<ContactEditor *>(m_dialog.data()))
                editor->tabs()->setCurrentWidget(editor->timeline());
        },
        [this] { shoot(m_dialog, QStringLiteral("contact-timeline.png")); },
        [this] { closeDialog(); },
        [w] {
            w->sidebar()->select(Sidebar::Place::Companies);
            RecordsPage *page = w->companiesPage();
            page->openRecord(page->model()->idAt(0));
        },
        [this] { shoot(m_dialog, QStringLiteral("company-editor.png")); },
        [this] {
            if (auto *editor = qobject_cast<CompanyEditor *>(m_dialog.data()))
                editor->tabs()->setCurrentIndex(3);
        },
        [this] { shoot(m_dialog, QStringLiteral("company-contacts.png")); },
        [this] { closeDialog(); },
        [w] { w->openTagManager(); },
        [this] {
            if (auto *tags = qobject_cast<TagManagerDialog *>(m_dialog.data()))
                tags->selectTags({tags->model()->index(0, 0).data(Qt::EditRole).toString()});
        },
        [this] { shoot(m_dialog, QStringLiteral("tags.png")); },
        [this] { closeDialog(); },
        [w] {
            w->sidebar()->select(Sidebar::Place::Contacts);
            QTableView *view = w->contactsPage()->view();
            view->clearSelection();
            for (int r = 1; r <= 4; ++r)
                view->selectionModel()->select(view->model()->index(r, 0),
                                               QItemSelectionModel::Select | QItemSelectionModel::Rows);
            w->contactsPage()->bulkUpdate();
        },
        [this] {
            if (auto *bulk = qobject_cast<BulkUpdateDialog *>(m_dialog.data())) {
                bulk->setFieldKey(QStringLiteral("owner"));
                bulk->valueEditor()->setValue(QStringLiteral("Maria Schneider"));
            }
        },
        [this] { shoot(m_dialog, QStringLiteral("bulk-update.png")); },
        [this] { closeDialog(); },
        [w] { w->showTrash(Entity::Contact); },
        [this, w] { shoot(w, QStringLiteral("trash.png")); },
        [w] {
            const QModelIndex vip = w->sidebar()->model()->index(3, 0);
            w->sidebar()->setCurrentIndex(vip);
        },
        [this, w] { shoot(w, QStringLiteral("saved-view.png")); },
        [this, w] {
            for (; m_savedViews > 0; --m_savedViews)
                w->workspace()->undoStack()->undo();
        },
        [w] {
            w->sidebar()->select(Sidebar::Place::QualityDashboard);
            w->qualityDashboard()->reload();
        },
        [this, w] { shoot(w, QStringLiteral("quality-dashboard.png")); },
        [w] {
            w->sidebar()->select(Sidebar::Place::StyleGuide);
            // Casing with its exceptions, and real names it would respell.
            w->styleGuideEditor()->selectRule(QStringLiteral("contact.name.casing"));
        },
        [] {}, // the live preview reads its sample on a worker thread
        [this, w] { shoot(w, QStringLiteral("style-guide.png")); },
    };
    QTimer::singleShot(settleMs, this, &ScreenshotTaker::next);
}

void ScreenshotTaker::next()
{
    if (!m_window) {
        Q_EMIT done(false);
        return;
    }
    if (m_steps.isEmpty()) {
        Q_EMIT done(m_ok);
        return;
    }
    const std::function<void()> step = m_steps.takeFirst();
    step();
    QTimer::singleShot(settleMs, this, &ScreenshotTaker::next);
}

void ScreenshotTaker::shoot(QWidget *widget, const QString &name)
{
    if (!widget) {
        qWarning("screenshot %s: nothing to grab", qPrintable(name));
        m_ok = false;
        return;
    }
    const QString path = m_dir.filePath(name);
    if (!widget->grab().save(path)) {
        qWarning("screenshot %s: cannot write %s", qPrintable(name), qPrintable(path));
        m_ok = false;
    }
}

void ScreenshotTaker::closeDialog()
{
    if (m_dialog)
        m_dialog->done(QDialog::Rejected);
    m_dialog = nullptr;
}

} // namespace Kempt
