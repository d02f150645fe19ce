#pragma once

#include "quality/styleguiderule.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

namespace Kempt {

// Every setting of one style-guide rule: on or off, severity, the fields it checks, its
// description and examples, and the params of its kind (casing and exceptions, picklist
// values and synonyms, phone display, date order, stale period ...). It edits a copy;
// edited() says the inputs changed and rule() reads them back.
class RuleForm : public QWidget
{
    Q_OBJECT
public:
    explicit RuleForm(QWidget *parent = nullptr);

    void setRule(const StyleGuideRule &rule);
    StyleGuideRule rule() const;
    bool hasRule() const { return !m_rule.id.isEmpty(); }
    // Shows why the rule as typed cannot be used (empty: it can).
    void setProblem(const QString &message);

    QComboBox *severityCombo() const { return m_severity; }
    QCheckBox *enabledBox() const { return m_enabled; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QPlainTextEdit *goodExamplesEdit() const { return m_good; }
    QPlainTextEdit *badExamplesEdit() const { return m_bad; }
    QComboBox *casingCombo() const { return m_casing; }
    QPlainTextEdit *exceptionsEdit() const { return m_exceptions; }
    QPlainTextEdit *picklistValuesEdit() const { return m_values; }
    QTableWidget *synonymsTable() const { return m_synonyms; }
    QSpinBox *monthsSpin() const { return m_months; }
    QListWidget *fieldList() const { return m_fields; }

Q_SIGNALS:
    void edited();

private:
    QWidget *buildParams();
    void addSynonymRow(const QString &alias, const QString &value);
    void changed();

    StyleGuideRule m_rule;
    bool m_loading = false;
    QLabel *m_title;
    QLabel *m_id;
    QLabel *m_problem;
    QCheckBox *m_enabled;
    QComboBox *m_severity;
    QLabel *m_severityMeaning;
    QListWidget *m_fields;
    QPlainTextEdit *m_description;
    QPlainTextEdit *m_good;
    QPlainTextEdit *m_bad;
    QStackedWidget *m_params;
    QCheckBox *m_anyOf;
    QCheckBox *m_collapse;
    QComboBox *m_casing;
    QPlainTextEdit *m_exceptions;
    QComboBox *m_display;
    QCheckBox *m_lowercaseLocal;
    QPlainTextEdit *m_values;
    QTableWidget *m_synonyms;
    QComboBox *m_order;
    QSpinBox *m_months;
    QComboBox *m_conflict;
    QLineEdit *m_consentTags;
};

} // namespace Kempt
