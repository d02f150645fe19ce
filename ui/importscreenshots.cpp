#include "importscreenshots.h"
#include "exportdialog.h"
#include "importhistorydialog.h"
#include "importwizard.h"
#include "mainwindow.h"
#include "recordspage.h"

#include "commands/undoimport.h"
#include "itemmodels/recordtablemodel.h"
#include "storage/workspace.h"
#include "stores/contactstore.h"

#include <QFile>
#include <QItemSelectionModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <memory>

namespace Kempt {

namespace {

// How long the steps may wait for the duplicate search and the import (steps are
// 400 ms apart).
constexpr int kWaitSteps = 40;

QString csvCell(const QString &value)
{
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')))
        return QLatin1Char('"') + QString(value).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return value;
}

// A list as it comes from a trade fair: names in any case, phones in any style, country
// names, a column no Kempt field matches, and two people the workspace already has.
QString writeSample(MainWindow *window, const QString &path)
{
    QStringList lines{QStringLiteral("Full Name,E-mail,Phone,Company,Job Title,Country,Booth notes")};
    RecordTableModel *contacts = window->contactsPage()->model();
    ContactStore store(window->workspace()->db());
    for (int row = 0, known = 0; row < contacts->rowCount() && known < 2; ++row) {
        const std::optional<Contact> c = store.load(contacts->idAt(row));
        if (!c || c->emails.isEmpty() || c->composedName().isEmpty())
            continue;
        ++known;
        lines << QStringList{c->composedName().toLower(), c->emails.first().address, c->phones.value(0).number,
                             c->companyName, c->jobTitle, QString(), QStringLiteral("Asked for a demo")}
                     .join(QLatin1Char(','));
    }
    const QList<QStringList> rows = {
        {QStringLiteral("anna berg"), QStringLiteral("anna.berg@nordwind.example"), QStringLiteral("030 1234567"),
         QStringLiteral("nordwind gmbh"), QStringLiteral("head of sales"), QStringLiteral("Germany"), QStringLiteral("Wants a quote")},
        {QStringLiteral("Dr. Carl van der Meer"), QStringLiteral("carl@meer.example"), QStringLiteral("+31 20 555 0199"),
         QStringLiteral("Meer BV"), QStringLiteral("CTO"), QStringLiteral("Netherlands"), QString()},
        {QStringLiteral("BORIS IVANOV"), QStringLiteral("boris@ivanov"), QString(), QStringLiteral("Ivanov & Co"),
         QString(), QStringLiteral("Russia"), QStringLiteral("Call back in May")},
        {QStringLiteral("Dana Scully"), QStringLiteral("dana.scully@fbi.example"), QStringLiteral("(202) 555-0143"),
         QStringLiteral("FBI"), QStringLiteral("Special Agent"), QStringLiteral("United States"), QString()},
        {QStringLiteral("Émile  Zola"), QStringLiteral("emile@zola.example"), QStringLiteral("+33 1 42 68 53 00"), QString(),
         QStringLiteral("Author"), QStringLiteral("France"), QString()},
        {QStringLiteral("Fatima Al-Sayed"), QStringLiteral("fatima@gulf.example"), QString(), QStringLiteral("Gulf Trading LLC"),
         QStringLiteral("Buyer"), QStringLiteral("United Arab Emirates"), QStringLiteral("Met at the booth")},
        {QStringLiteral("Anna Berg"), QStringLiteral("anna.berg@nordwind.example"), QStringLiteral("+49 30 1234567"),
         QStringLiteral("Nordwind GmbH"), QString(), QStringLiteral("DE"), QStringLiteral("Second card")},
        {QString(), QString(), QStringLiteral("555-0100"), QString(), QString(), QString(), QStringLiteral("Unreadable card")},
        {QStringLiteral("george   miller"), QStringLiteral("george.miller@acme.example"), QStringLiteral("+1 415 555 0100"),
         QStringLiteral("acme inc"), QStringLiteral("purchasing"), QStringLiteral("USA"), QString()},
    };
    for (const QStringList &row : rows) {
        QStringList cells;
        for (const QString &cell : row)
            cells << csvCell(cell);
        lines << cells.join(QLatin1Char(','));
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write(lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n");
    return path;
}

ImportWizard *wizardOf(MainWindow *window)
{
    return window->findChild<ImportWizard *>();
}

} // namespace

QList<std::function<void()>> ImportScreenshots::steps(MainWindow *w, const Shoot &shoot)
{
    auto dir = std::make_shared<QTemporaryDir>();
    auto importId = std::make_shared<qint64>(0);
    const auto page = [w, shoot](const QString &name) {
        return [w, shoot, name] {
            if (ImportWizard *wizard = wizardOf(w))
                shoot(wizard, name);
        };
    };
    const auto next = [w] {
        if (ImportWizard *wizard = wizardOf(w))
            wizard->next();
    };
    QList<std::function<void()>> steps{
        [w] {
            w->sidebar()->select(Sidebar::Place::Contacts);
            w->importFile();
        },
        [w, dir] {
            if (ImportWizard *wizard = wizardOf(w))
                wizard->openFile(writeSample(w, dir->filePath(QStringLiteral("Trade fair contacts.csv"))));
        },
        page(QStringLiteral("import-file.png")),
        next,
        page(QStringLiteral("import-format.png")),
        next,
        page(QStringLiteral("import-mapping.png")),
        next,
        page(QStringLiteral("import-cleanup.png")),
        next,
    };
    for (int i = 0; i < kWaitSteps; ++i)
        steps << [] {}; // the duplicate search runs on a worker thread
    steps << page(QStringLiteral("import-duplicates.png"))
          << [w, shoot] {
                 // The import runs at once: the page is shot as it starts.
                 if (ImportWizard *wizard = wizardOf(w)) {
                     wizard->next();
                     shoot(wizard, QStringLiteral("import-progress.png"));
                 }
             };
    for (int i = 0; i < kWaitSteps / 4; ++i)
        steps << [] {};
    steps << page(QStringLiteral("import-summary.png"))
          << [w, importId] {
                 if (ImportWizard *wizard = wizardOf(w)) {
                     *importId = wizard->summary().importId;
                     wizard->accept();
                 }
             }
          << [w] { w->showImportHistory(); }
          << [w, shoot] {
                 if (auto *history = w->findChild<ImportHistoryDialog *>())
                     shoot(history, QStringLiteral("import-history.png"));
             }
          << [w, importId] {
                 if (auto *history = w->findChild<ImportHistoryDialog *>())
                     history->reject();
                 // Later screenshots see the workspace as it was.
                 if (*importId > 0)
                     w->workspace()->undoStack()->push(new UndoImport(w->workspace(), *importId));
             }
          << [w] {
                 w->sidebar()->select(Sidebar::Place::Contacts);
                 QTableView *view = w->contactsPage()->view();
                 view->clearSelection();
                 for (int r = 1; r <= 3; ++r)
                     view->selectionModel()->select(view->model()->index(r, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
                 w->exportRecords();
             }
          << [w, shoot] {
                 if (auto *dialog = w->findChild<ExportDialog *>())
                     shoot(dialog, QStringLiteral("export.png"));
             }
          << [w, dir] {
                 // The sample file lives until here: the import reads it again on its own thread.
                 if (auto *dialog = w->findChild<ExportDialog *>())
                     dialog->reject();
                 dir->remove();
             };
    return steps;
}

} // namespace Kempt
