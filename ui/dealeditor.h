#pragma once

#include "core/result.h"
#include "domain/deal.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStringListModel;
class QTabWidget;
class QTreeView;

namespace Kempt {

class ContactPicker;
class CustomFieldForm;
class MessagePresenter;
class OptionalDateEdit;
class RecordHeader;
class StageHistoryModel;
class TimelineWidget;
class Workspace;

// Every field of one deal: title, value and currency, company, contacts, owner, source,
// pipeline and stage, expected close, probability (the stage's default unless
// overridden), status with the lost reason; its notes and activities; and when it
// entered and left each stage. Save is one undo step: CreateDeal, or EditDeal together
// with the WinDeal, LoseDeal or ReopenDeal a new status needs.
class DealEditor : public QDialog
{
    Q_OBJECT
public:
    // dealId 0 edits a new deal.
    DealEditor(Workspace *workspace, MessagePresenter *presenter, qint64 dealId = 0, QWidget *parent = nullptr);

    qint64 dealId() const { return m_deal.id; }
    // The deal as the inputs describe it now.
    Deal deal() const;
    void setDeal(const Deal &deal);
    // Where a new deal starts (the board's pipeline and the column it was made from).
    void setPlacement(qint64 pipelineId, qint64 stageId);

    // Checks the input and pushes the commands; false (with the reason shown) when not saved.
    bool save();
    void accept() override;
    void reject() override;
    bool hasChanges() const;
    QString errorText() const;

    QTabWidget *tabs() const { return m_tabs; }
    ContactPicker *contactPicker() const { return m_contact; }
    ContactPicker *otherContactPicker() const { return m_addContact; }
    QListWidget *otherContacts() const { return m_others; }
    CustomFieldForm *customFields() const { return m_custom; }
    TimelineWidget *timeline() const { return m_timeline; }
    QTreeView *historyView() const { return m_historyView; }
    StageHistoryModel *historyModel() const { return m_history; }

private:
    QWidget *buildDetails();
    QWidget *buildContacts();
    QWidget *buildHistory();
    void fillPipelines();
    void fillStages(qint64 pipelineId, qint64 stageId);
    void updateProbability();
    void updateStatus();
    void updateHeader();
    void updateCompanyCompletions(const QString &prefix);
    void addOtherContact(qint64 id, const QString &name);
    Result validate(QWidget **field) const;
    void showError(const QString &message, QWidget *field);
    Stage selectedStage() const;

    Workspace *m_workspace;
    MessagePresenter *m_presenter;
    Deal m_deal;  // as stored; id 0 until a new deal is saved
    Deal m_shown; // as the inputs showed it after loading, to tell whether anything changed
    QList<Pipeline> m_pipelines;

    RecordHeader *m_header;
    QLabel *m_error;
    QTabWidget *m_tabs;
    QLineEdit *m_title;
    QDoubleSpinBox *m_value;
    QComboBox *m_currency;
    QLineEdit *m_company;
    QStringListModel *m_companyNames;
    ContactPicker *m_contact;
    QComboBox *m_owner;
    QComboBox *m_source;
    QComboBox *m_pipeline;
    QComboBox *m_stage;
    QSpinBox *m_probability;
    QCheckBox *m_stageDefault;
    OptionalDateEdit *m_expectedClose;
    QComboBox *m_status;
    QComboBox *m_lostReason;
    QLabel *m_stamps;
    ContactPicker *m_addContact;
    QListWidget *m_others;
    QPushButton *m_removeOther;
    CustomFieldForm *m_custom;
    QWidget *m_customPage = nullptr;
    TimelineWidget *m_timeline;
    StageHistoryModel *m_history;
    QTreeView *m_historyView = nullptr;
};

} // namespace Kempt
