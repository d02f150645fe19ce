#pragma once

#include "core/result.h"
#include "quality/styleguide.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTreeView;

namespace Kempt {

class CountryComboBox;
class MessagePresenter;
class RuleForm;
class RuleImpactPanel;
class StyleGuideHistoryModel;
class StyleGuideRuleModel;
class Workspace;

// The style guide in one place: every rule grouped by record kind and field on the
// left, the chosen rule's settings on the right with a live preview of what it would do
// to this workspace's records. Edits stay a draft until "Save Version" stores them as the
// next version (SaveStyleGuide: who, when and why, and one Undo takes it back). The guide
// moves between workspaces as JSON and prints as the team's training document.
class StyleGuideEditor : public QWidget
{
    Q_OBJECT
public:
    StyleGuideEditor(Workspace *workspace, MessagePresenter *presenter, QWidget *parent = nullptr);

    StyleGuideRuleModel *ruleModel() const { return m_rules; }
    StyleGuideHistoryModel *historyModel() const { return m_history; }
    QTreeView *ruleView() const { return m_tree; }
    QTableView *historyView() const { return m_historyView; }
    RuleForm *ruleForm() const { return m_form; }
    RuleImpactPanel *impactPanel() const { return m_impact; }
    QTabWidget *tabs() const { return m_tabs; }
    // The guide's default region for phone numbers (StyleGuide::defaultRegion).
    CountryComboBox *regionCombo() const { return m_region; }

    // The guide as edited, and whether it differs from the stored one.
    StyleGuide draft() const;
    bool isModified() const;
    bool selectRule(const QString &ruleId);
    QString currentRuleId() const;

    // Stores the draft as the next version; false when nothing was saved.
    bool saveVersion(const QString &comment);
    Result importJson(const QString &path);
    Result exportJson(const QString &path) const;
    Result exportHtml(const QString &path) const;
    Result exportPdf(const QString &path) const;
    QString documentHtml() const;

public Q_SLOTS:
    void reload();
    void save();
    void revert();
    void importGuide();
    void exportGuide();
    void saveDocument();
    void printDocument();
    void restoreVersion();
    void addRule();
    void removeRule();

Q_SIGNALS:
    void statusMessage(const QString &text);
    void modifiedChanged(bool modified);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *buildToolbar();
    QWidget *buildVersions();
    void onCurrentRuleChanged();
    void onFormEdited();
    void onDraftEdited();
    void onWorkspaceChanged();
    void updateState();
    void requestPreview();

    Workspace *m_workspace;
    MessagePresenter *m_presenter;
    StyleGuide m_stored; // the active guide when the draft was loaded or saved
    StyleGuideRuleModel *m_rules;
    StyleGuideHistoryModel *m_history;
    QTreeView *m_tree;
    QTabWidget *m_tabs;
    RuleForm *m_form;
    RuleImpactPanel *m_impact;
    QTableView *m_historyView;
    CountryComboBox *m_region;
    QLabel *m_state;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_remove;
    bool m_selecting = false;
    bool m_wasModified = false;
    bool m_previewPending = false;
};

} // namespace Kempt
