#pragma once

#include "domain/fieldtype.h"
#include "recordexportjob.h"
#include "stores/recordselection.h"

#include <QDialog>
#include <QPointer>

class QButtonGroup;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace Kempt {

class MessagePresenter;
class Workspace;

// File ▸ Export…: the records of the current view or only the selected ones, as CSV, an
// Excel workbook or vCards. The file is chosen through the MessagePresenter and written
// on a worker thread (RecordExportJob) while the dialog shows how far it is; Cancel
// stops it and leaves no file.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Scope { View, Selection };

    ExportDialog(Workspace *workspace, MessagePresenter *presenter, Entity entity, const RecordSelection &view, qint64 viewCount,
                 const RecordSelection &selection, qint64 selectedCount, QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setScope(Scope scope);
    Scope scope() const;
    void setFormat(RecordExportJob::Format format);
    RecordExportJob::Format format() const;
    bool isExporting() const { return m_job != nullptr; }

public Q_SLOTS:
    // Asks for the file, then writes it; the dialog closes when the file is complete.
    void startExport();
    void reject() override;

Q_SIGNALS:
    void exportFinished(bool ok, qint64 rows, const QString &path);
    void statusMessage(const QString &text);

private:
    void updateState();
    void finish(bool ok, qint64 rows, const QString &message);
    QString fileFilter() const;
    bool formatFits(RecordExportJob::Format format) const;

    Workspace *m_workspace;
    MessagePresenter *m_presenter;
    Entity m_entity;
    RecordSelection m_view;
    RecordSelection m_selection;
    qint64 m_viewCount;
    qint64 m_selectedCount;
    QRadioButton *m_viewButton;
    QRadioButton *m_selectionButton;
    QButtonGroup *m_formats;
    QCheckBox *m_bom;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_exportButton;
    QPointer<RecordExportJob> m_job;
    qint64 m_total = 0;
    bool m_cancelled = false;
};

} // namespace Kempt
