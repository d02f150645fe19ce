#include "screenshottaker.h"
#include "bulkupdatedialog.h"
#include "companyeditor.h"
#include "contacteditor.h"
#include "dealeditor.h"
#include "dealreportsview.h"
#include "dealspage.h"
#include "duplicatereviewpanel.h"
#include "duplicatesection.h"
#include "duplicatewarning.h"
#include "fieldvalueeditor.h"
#include "importscreenshots.h"
#include "mainwindow.h"
#include "pipelineboardview.h"
#include "qualitydashboard.h"
#include "recordspage.h"
#include "styleguideeditor.h"
#include "tagmanagerdialog.h"
#include "timelinewidget.h"

#include "commands/saveview.h"
#include "dedup/duplicatescanjob.h"
#include "itemmodels/duplicategroupmodel.h"
#include "itemmodels/mergecomparisonmodel.h"
#include "itemmodels/pipelineboardmodel.h"
#include "itemmodels/qualityproblemmodel.h"
#include "itemmodels/recordtablemodel.h"
#include "itemmodels/taglistmodel.h"
#include "stores/contactstore.h"

#include <QDialog>
#include <QItemSelectionModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <memory>

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
        [this, w] {
            // The first saved view: the row after the views' header.
            const QModelIndex vip = w->sidebar()->model()->index(w->sidebar()->indexOf(Sidebar::Place::Trash).row() - m_savedViews, 0);
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
            // The duplicates line with the way into their review.
            QualityDashboard *dashboard = w->qualityDashboard();
            for (int row = 0; row < dashboard->problemModel()->rowCount(); ++row)
                if (dashboard->problemModel()->problemAt(row).isDuplicates())
                    dashboard->selectProblem(row);
        },
        [this, w] { shoot(w, QStringLiteral("quality-dashboard-duplicates.png")); },
        [w] {
            w->sidebar()->select(Sidebar::Place::StyleGuide);
            // Casing with its exceptions, and real names it would respell.
            w->styleGuideEditor()->selectRule(QStringLiteral("contact.name.casing"));
        },
        [] {}, // the live preview reads its sample on a worker thread
        [this, w] { shoot(w, QStringLiteral("style-guide.png")); },
        [w] { w->sidebar()->select(Sidebar::Place::Duplicates); },
        [this, w] { shoot(w, QStringLiteral("duplicates-empty.png")); },
        [w] {
            // The section as after a scan of the sample data.
            DuplicateScanJob::Summary summary;
            if (DuplicateScanJob::run(w->workspace()->db(), nullptr, &summary))
                w->duplicateSection()->model()->reload();
            w->sidebar()->select(Sidebar::Place::Duplicates);
        },
        [w] {
            // A group whose records disagree on the most fields shows the picker best.
            DuplicateSection *section = w->duplicateSection();
            int best = 0;
            int most = -1;
            for (int row = 0; row < std::min(section->model()->rowCount(), 8); ++row) {
                section->selectRow(row);
                const int conflicts = section->review()->comparisonModel()->conflictCount();
                if (conflicts > most) {
                    most = conflicts;
                    best = row;
                }
            }
            section->selectRow(best);
            section->review()->comparisonView()->setFocus();
        },
        [this, w] { shoot(w, QStringLiteral("duplicates.png")); },
        [w] {
            w->sidebar()->select(Sidebar::Place::Contacts);
            w->contactsPage()->newRecord();
        },
        [this, w] {
            // A new contact typed with the name and e-mail of someone already there.
            auto *editor = qobject_cast<ContactEditor *>(m_dialog.data());
            const DuplicateGroupStore::Group group = w->duplicateSection()->model()->groupAt(0);
            if (!editor || group.contactIds.isEmpty())
                return;
            const std::optional<Contact> there = ContactStore(w->workspace()->db()).load(group.contactIds.first());
            if (!there)
                return;
            Contact typed;
            typed.firstName = there->firstName;
            typed.lastName = there->lastName;
            typed.companyName = there->companyName;
            for (EmailAddress e : there->emails.mid(0, 1)) {
                e.id = 0;
                typed.emails << e;
            }
            editor->setContact(typed);
            editor->duplicateWarning()->checkNow();
        },
        [this] { shoot(m_dialog, QStringLiteral("contact-duplicate-warning.png")); },
        [this] { closeDialog(); },
        [w] {
            w->sidebar()->select(Sidebar::Place::Deals);
            w->dealsPage()->setMode(DealsPage::Mode::Board);
        },
        [w] {
            // A card of the second stage is current, as after a click.
            PipelineBoardView *board = w->dealsPage()->board();
            const QModelIndex card = board->model()->index(0, 0, board->model()->index(1, 0));
            board->focusDeal(card.data(PipelineBoardModel::IdRole).toLongLong());
        },
        [this, w] { shoot(w, QStringLiteral("deals-board.png")); },
        [w] {
            PipelineBoardView *board = w->dealsPage()->board();
            board->openDeal(board->currentDealId());
        },
        [this] { shoot(m_dialog, QStringLiteral("deal-editor.png")); },
        [this] {
            if (auto *editor = qobject_cast<DealEditor *>(m_dialog.data()))
                editor->tabs()->setCurrentWidget(editor->timeline());
        },
        [this] { shoot(m_dialog, QStringLiteral("deal-timeline.png")); },
        [this] {
            if (auto *editor = qobject_cast<DealEditor *>(m_dialog.data()))
                editor->tabs()->setCurrentWidget(editor->historyView()->parentWidget());
        },
        [this] { shoot(m_dialog, QStringLiteral("deal-history.png")); },
        [this] { closeDialog(); },
        [w] { w->dealsPage()->openPipelineSettings(); },
        [this] { shoot(m_dialog, QStringLiteral("pipeline-settings.png")); },
        [this] { closeDialog(); },
        [w] {
            w->dealsPage()->setMode(DealsPage::Mode::Table);
            w->dealsPage()->table()->view()->selectRow(1);
        },
        [this, w] { shoot(w, QStringLiteral("deals-table.png")); },
        [w] { w->dealsPage()->setMode(DealsPage::Mode::Board); },
    };
    // The deal reports standing alone, one picture per report (the Deals section embeds the same view).
    auto reports = std::make_shared<QPointer<DealReportsView>>();
    m_steps << [reports, w] {
        auto *view = new DealReportsView(w->workspace());
        view->setAttribute(Qt::WA_DeleteOnClose);
        view->resize(1240, 760);
        view->show();
        *reports = view;
    };
    const QStringList reportShots = {QStringLiteral("deal-reports.png"), QStringLiteral("deal-reports-win-rate.png"),
                                     QStringLiteral("deal-reports-cycle.png"), QStringLiteral("deal-reports-stage-time.png"),
                                     QStringLiteral("deal-reports-won-lost.png")};
    for (int i = 0; i < reportShots.size(); ++i) {
        m_steps << [reports, i] {
            if (*reports)
                (*reports)->setReport(DealReportsView::Report(i));
        };
        m_steps << [this, reports, name = reportShots.at(i)] { shoot(*reports, name); };
    }
    m_steps << [reports] {
        if (*reports)
            (*reports)->close();
    };
    // The import wizard's pages, the Import history and File ▸ Export….
    m_steps += ImportScreenshots::steps(w, [this](QWidget *widget, const QString &name) { shoot(widget, name); });
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
