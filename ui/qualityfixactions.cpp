#include "qualityfixactions.h"
#include "bulkupdatedialog.h"
#include "commandrunner.h"
#include "fixpreviewdialog.h"
#include "messagepresenter.h"
#include "recordexportjob.h"
#include "recordnouns.h"

#include "commands/applyfixes.h"
#include "commands/deleterecords.h"
#include "commands/tagrecords.h"
#include "commands/updatefield.h"
#include "domain/fieldcatalog.h"
#include "itemmodels/qualitycolumn.h"
#include "itemmodels/recordtablemodel.h"
#include "storage/workspace.h"

#include <QDir>
#include <QStandardPaths>
#include <QUndoStack>
#include <QWidget>

namespace Kempt {

QualityFixActions::QualityFixActions(Workspace *workspace, MessagePresenter *presenter, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_presenter(presenter)
    , m_dialogParent(dialogParent)
{
}

bool QualityFixActions::ready(const QualityProblem &problem) const
{
    return m_workspace && m_workspace->isOpen() && !problem.ruleId.isEmpty();
}

RecordSelection QualityFixActions::selection(const QualityProblem &problem) const
{
    if (!ready(problem))
        return RecordSelection();
    // The table model turns the filter into SQL the way the contacts table does, so the
    // records acted on are the ones "Show records" lists.
    RecordTableModel model(m_workspace, problem.entity);
    model.setFilter(QualityColumn::filter(problem.entity, problem.ruleId));
    return model.selectionForAll();
}

qint64 QualityFixActions::count(const QualityProblem &problem) const
{
    if (!ready(problem))
        return 0;
    RecordTableModel model(m_workspace, problem.entity);
    model.setFilter(QualityColumn::filter(problem.entity, problem.ruleId));
    return model.totalCount();
}

QList<FieldDef> QualityFixActions::fillableFields(const QualityProblem &problem) const
{
    QList<FieldDef> result;
    // One value for every record suits one field (an owner, a lead source); a rule over
    // several fields (first and last name, e-mail or phone) asks for each record's own.
    if (!m_workspace || !m_workspace->isOpen() || problem.fields.size() != 1)
        return result;
    const QList<FieldDef> bulk = BulkUpdateDialog::bulkFields(FieldCatalog::fields(problem.entity, m_workspace->db()));
    for (const QString &key : problem.fields) {
        const FieldDef f = FieldCatalog::find(bulk, key);
        if (f.isValid())
            result << f;
    }
    return result;
}

void QualityFixActions::applyFixes(const QualityProblem &problem)
{
    if (!ready(problem))
        return;
    auto *dialog = new FixPreviewDialog(m_workspace, problem.ruleId, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString ruleId = dialog->ruleId();
        QUndoStack *stack = m_workspace->undoStack();
        const int before = stack->index();
        if (!CommandRunner::push(m_workspace, new ApplyFixes(m_workspace, ruleId)))
            return;
        if (stack->index() == before) {
            Q_EMIT statusMessage(tr("Nothing needed fixing any more."));
            return;
        }
        const auto *command = static_cast<const ApplyFixes *>(stack->command(stack->index() - 1));
        Q_EMIT statusMessage(tr("Fixed %1. Undo takes the whole change back.")
                                 .arg(RecordNouns::count(dialog->impact().entity, command->summary().records)));
        Q_EMIT applied();
    });
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void QualityFixActions::fillIn(const QualityProblem &problem)
{
    if (!ready(problem))
        return;
    const QList<FieldDef> fields = fillableFields(problem);
    const qint64 n = count(problem);
    if (fields.isEmpty() || n == 0)
        return;
    auto *dialog = new BulkUpdateDialog(m_workspace, problem.entity, 0, n, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFieldKey(fields.first().key);
    dialog->setAllFiltered(true);
    const RecordSelection target = selection(problem);
    connect(dialog, &QDialog::accepted, this, [this, dialog, target, entity = problem.entity] {
        const FieldDef field = dialog->field();
        const qint64 records = dialog->recordCount();
        const QString text = dialog->valueText();
        const QString question = text.isEmpty()
            ? tr("Clear %1 on %2?").arg(field.displayLabel(), RecordNouns::count(entity, records))
            : tr("Set %1 to “%2” on %3?").arg(field.displayLabel(), text, RecordNouns::count(entity, records));
        if (!m_presenter || !m_presenter->confirm(tr("Fill In"), question))
            return;
        if (CommandRunner::push(m_workspace, new UpdateField(m_workspace, entity, field, target, dialog->value(), records))) {
            Q_EMIT statusMessage(tr("Filled in %1 on %2.").arg(field.displayLabel(), RecordNouns::count(entity, records)));
            Q_EMIT applied();
        }
    });
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void QualityFixActions::flag(const QualityProblem &problem)
{
    if (!ready(problem) || !m_presenter)
        return;
    const qint64 n = count(problem);
    if (n == 0)
        return;
    const QString tag = m_presenter->askText(tr("Flag Records"),
                                             tr("Tag for the %1 to re-confirm:").arg(RecordNouns::count(problem.entity, n)),
                                             tr("Re-confirm")).trimmed();
    if (tag.isEmpty())
        return;
    if (CommandRunner::push(m_workspace, new TagRecords(m_workspace, problem.entity, selection(problem), {tag}, n))) {
        Q_EMIT statusMessage(tr("Tagged %1 “%2”.").arg(RecordNouns::count(problem.entity, n), tag));
        Q_EMIT applied();
    }
}

void QualityFixActions::moveToTrash(const QualityProblem &problem)
{
    if (!ready(problem) || !m_presenter)
        return;
    const qint64 n = count(problem);
    if (n == 0)
        return;
    if (!m_presenter->confirm(tr("Move to Trash"),
                              tr("Move %1 to the trash? They can be restored from the Trash, and Undo brings them back.")
                                  .arg(RecordNouns::count(problem.entity, n))))
        return;
    if (CommandRunner::push(m_workspace, new DeleteRecords(m_workspace, problem.entity, selection(problem), n))) {
        Q_EMIT statusMessage(tr("Moved %1 to the trash.").arg(RecordNouns::count(problem.entity, n)));
        Q_EMIT applied();
    }
}

void QualityFixActions::exportRecords(const QualityProblem &problem)
{
    if (!ready(problem) || !m_presenter || m_export)
        return;
    const qint64 n = count(problem);
    if (n == 0)
        return;
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/')
        + tr("to-reconfirm.csv");
    const QString path = m_presenter->saveFileName(tr("Export for Re-confirmation"), suggested, tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    auto *job = new RecordExportJob(m_workspace->path(), problem.entity, selection(problem), RecordExportJob::Format::Csv, path, this);
    m_export = job;
    connect(job, &RecordExportJob::progress, this, [this, n](qint64 rows) { Q_EMIT exportProgress(rows, n); });
    connect(job, &RecordExportJob::finished, this, [this, job, path, entity = problem.entity](bool ok, qint64 rows, const QString &message) {
        job->deleteLater();
        m_export = nullptr;
        if (ok)
            Q_EMIT statusMessage(tr("Exported %1 to %2.").arg(RecordNouns::count(entity, rows), QDir::toNativeSeparators(path)));
        else if (m_presenter)
            m_presenter->error(message);
        Q_EMIT exportFinished(ok, path);
    });
    job->start();
}

} // namespace Kempt
