#pragma once

#include "quality/styleguide.h"

#include <QAbstractItemModel>

namespace Kempt {

// The rules of a style guide being edited, grouped by record kind and field: "Contacts ·
// E-mail" holds the e-mail rules, rules over many fields sit under "Every field", stale
// and consent rules under their own headings. Top-level rows are the groups, their
// children the rules. The model edits a draft in memory (switching rules on and off,
// replacing, adding and removing them); the editor saves the draft as a new version
// with SaveStyleGuide, so nothing here writes to the workspace.
class StyleGuideRuleModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { RuleColumn, SeverityColumn, ColumnCount };
    enum Role {
        RuleIdRole = Qt::UserRole + 1,
        KindRole,     // int(StyleGuideRule::Kind)
        SeverityRole, // int(StyleGuideRule::Severity)
        EntityRole,   // int(Entity)
        IsGroupRole,
        SummaryRole,  // RuleText::paramsSummary
    };
    Q_ENUM(Role)

    explicit StyleGuideRuleModel(QObject *parent = nullptr);

    void setGuide(const StyleGuide &guide);
    // The draft, rules in the order they were given (the engine runs them in stages anyway).
    const StyleGuide &guide() const { return m_guide; }
    void setDefaultRegion(const QString &region);

    StyleGuideRule ruleAt(const QModelIndex &index) const; // invalid id for group rows
    QModelIndex indexOfRule(const QString &ruleId, int column = RuleColumn) const;
    // Replaces the rule with the same id; false when there is none.
    bool updateRule(const StyleGuideRule &rule);
    // Adds a rule and returns its id (unique, derived from entity, fields and kind).
    QString addRule(const StyleGuideRule &rule);
    bool removeRule(const QString &ruleId);

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    // The draft changed through the model (a rule switched on or off, replaced, added, removed).
    void guideEdited();

private:
    struct Group
    {
        QString key;
        Entity entity = Entity::Contact;
        QString label;
        int order = 0;
        QList<int> rules; // indexes into m_guide.rules()
    };
    static QString groupKey(const StyleGuideRule &rule);
    void regroup();
    int ruleIndex(const QModelIndex &index) const; // -1 for groups
    bool setRuleAt(int ruleIndex, const StyleGuideRule &rule);

    StyleGuide m_guide;
    QList<Group> m_groups;
};

} // namespace Kempt
