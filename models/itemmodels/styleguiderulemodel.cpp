#include "itemmodels/styleguiderulemodel.h"
#include "quality/qualityrecord.h"
#include "quality/ruletext.h"

#include <QCoreApplication>
#include <algorithm>

namespace Kempt {

namespace {

using Kind = StyleGuideRule::Kind;

// Rules over this many fields are about the record as a whole, not about one field.
constexpr int kManyFields = 5;

const QString kEvery = QStringLiteral("*");
const QString kFreshness = QStringLiteral("~stale");
const QString kConsent = QStringLiteral("~consent");

} // namespace

StyleGuideRuleModel::StyleGuideRuleModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

QString StyleGuideRuleModel::groupKey(const StyleGuideRule &rule)
{
    const QString entity = StyleGuideRule::entityName(rule.entity) + QLatin1Char(':');
    if (rule.kind == Kind::Stale)
        return entity + kFreshness;
    if (rule.kind == Kind::Consent)
        return entity + kConsent;
    if (rule.fields.size() >= kManyFields || rule.fields.isEmpty())
        return entity + kEvery;
    return entity + rule.fields.first();
}

void StyleGuideRuleModel::regroup()
{
    m_groups.clear();
    QHash<QString, int> byKey;
    const QList<StyleGuideRule> &rules = m_guide.rules();
    for (int i = 0; i < rules.size(); ++i) {
        const StyleGuideRule &rule = rules.at(i);
        const QString key = groupKey(rule);
        auto it = byKey.find(key);
        if (it == byKey.end()) {
            Group g;
            g.key = key;
            g.entity = rule.entity;
            const QString field = key.section(QLatin1Char(':'), 1);
            const int entityOrder = rule.entity == Entity::Company ? 1000 : 0;
            if (field == kEvery) {
                g.label = tr("Every field");
                g.order = entityOrder;
            } else if (field == kFreshness) {
                g.label = tr("Freshness");
                g.order = entityOrder + 900;
            } else if (field == kConsent) {
                g.label = tr("Consent");
                g.order = entityOrder + 950;
            } else {
                g.label = RuleText::fieldLabel(rule.entity, field);
                const int pos = QualityRecord::keys(rule.entity).indexOf(field);
                g.order = entityOrder + 1 + (pos < 0 ? 800 : pos);
            }
            g.label = tr("%1 · %2").arg(RuleText::entityLabel(rule.entity), g.label);
            it = byKey.insert(key, int(m_groups.size()));
            m_groups.append(g);
        }
        m_groups[*it].rules.append(i);
    }
    std::stable_sort(m_groups.begin(), m_groups.end(), [](const Group &a, const Group &b) { return a.order < b.order; });
}

void StyleGuideRuleModel::setGuide(const StyleGuide &guide)
{
    beginResetModel();
    m_guide = guide;
    regroup();
    endResetModel();
}

void StyleGuideRuleModel::setDefaultRegion(const QString &region)
{
    if (m_guide.defaultRegion() == region.toUpper())
        return;
    m_guide.setDefaultRegion(region);
    Q_EMIT guideEdited();
}

int StyleGuideRuleModel::ruleIndex(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return -1;
    const int group = int(index.internalId()) - 1;
    if (group < 0 || group >= m_groups.size() || index.row() >= m_groups.at(group).rules.size())
        return -1;
    return m_groups.at(group).rules.at(index.row());
}

StyleGuideRule StyleGuideRuleModel::ruleAt(const QModelIndex &index) const
{
    const int i = ruleIndex(index);
    return i >= 0 ? m_guide.rules().at(i) : StyleGuideRule{};
}

QModelIndex StyleGuideRuleModel::indexOfRule(const QString &ruleId, int column) const
{
    for (int g = 0; g < m_groups.size(); ++g)
        for (int r = 0; r < m_groups.at(g).rules.size(); ++r)
            if (m_guide.rules().at(m_groups.at(g).rules.at(r)).id == ruleId)
                return createIndex(r, column, quintptr(g + 1));
    return {};
}

bool StyleGuideRuleModel::setRuleAt(int i, const StyleGuideRule &rule)
{
    QList<StyleGuideRule> rules = m_guide.rules();
    if (i < 0 || i >= rules.size())
        return false;
    if (rules.at(i) == rule)
        return true;
    const bool moves = groupKey(rules.at(i)) != groupKey(rule);
    rules[i] = rule;
    if (moves) {
        beginResetModel();
        m_guide.setRules(rules);
        regroup();
        endResetModel();
    } else {
        m_guide.setRules(rules);
        const QModelIndex first = indexOfRule(rule.id, 0);
        Q_EMIT dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
    }
    Q_EMIT guideEdited();
    return true;
}

bool StyleGuideRuleModel::updateRule(const StyleGuideRule &rule)
{
    const QList<StyleGuideRule> &rules = m_guide.rules();
    for (int i = 0; i < rules.size(); ++i)
        if (rules.at(i).id == rule.id)
            return setRuleAt(i, rule);
    return false;
}

QString StyleGuideRuleModel::addRule(const StyleGuideRule &rule)
{
    StyleGuideRule r = rule;
    const QString base = r.id.isEmpty() ? QStringLiteral("%1.%2.%3")
                                              .arg(StyleGuideRule::entityName(r.entity),
                                                   r.fields.isEmpty() ? QStringLiteral("record") : r.fields.first(),
                                                   StyleGuideRule::kindName(r.kind))
                                        : r.id;
    r.id = base;
    for (int n = 2; m_guide.rule(r.id); ++n)
        r.id = QStringLiteral("%1-%2").arg(base).arg(n);
    beginResetModel();
    QList<StyleGuideRule> rules = m_guide.rules();
    rules.append(r);
    m_guide.setRules(rules);
    regroup();
    endResetModel();
    Q_EMIT guideEdited();
    return r.id;
}

bool StyleGuideRuleModel::removeRule(const QString &ruleId)
{
    QList<StyleGuideRule> rules = m_guide.rules();
    for (int i = 0; i < rules.size(); ++i) {
        if (rules.at(i).id != ruleId)
            continue;
        beginResetModel();
        rules.removeAt(i);
        m_guide.setRules(rules);
        regroup();
        endResetModel();
        Q_EMIT guideEdited();
        return true;
    }
    return false;
}

QModelIndex StyleGuideRuleModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_groups.size())
        return {};
    return row < m_groups.at(parent.row()).rules.size() ? createIndex(row, column, quintptr(parent.row() + 1)) : QModelIndex();
}

QModelIndex StyleGuideRuleModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int StyleGuideRuleModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= m_groups.size())
        return 0;
    return int(m_groups.at(parent.row()).rules.size());
}

int StyleGuideRuleModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant StyleGuideRuleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int i = ruleIndex(index);
    if (index.internalId() == 0) {
        const Group &g = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole: return index.column() == RuleColumn ? QVariant(g.label) : QVariant();
        case IsGroupRole: return true;
        case EntityRole: return int(g.entity);
        default: return {};
        }
    }
    if (i < 0)
        return {};
    const StyleGuideRule &rule = m_guide.rules().at(i);
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == RuleColumn ? RuleText::ruleTitle(rule) : RuleText::severityLabel(rule.severity);
    case Qt::ToolTipRole: return rule.description.isEmpty() ? RuleText::paramsSummary(rule) : rule.description;
    case Qt::CheckStateRole:
        return index.column() == RuleColumn ? QVariant(rule.enabled ? Qt::Checked : Qt::Unchecked) : QVariant();
    case RuleIdRole: return rule.id;
    case KindRole: return int(rule.kind);
    case SeverityRole: return int(rule.severity);
    case EntityRole: return int(rule.entity);
    case IsGroupRole: return false;
    case SummaryRole: return RuleText::paramsSummary(rule);
    default: return {};
    }
}

bool StyleGuideRuleModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const int i = ruleIndex(index);
    if (i < 0 || role != Qt::CheckStateRole || index.column() != RuleColumn)
        return false;
    StyleGuideRule rule = m_guide.rules().at(i);
    rule.enabled = value.toInt() == Qt::Checked;
    return setRuleAt(i, rule);
}

QVariant StyleGuideRuleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    return section == RuleColumn ? tr("Rule") : section == SeverityColumn ? tr("Severity") : QVariant();
}

Qt::ItemFlags StyleGuideRuleModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    if (index.internalId() == 0)
        return Qt::ItemIsEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == RuleColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QHash<int, QByteArray> StyleGuideRuleModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(RuleIdRole, "ruleId");
    names.insert(KindRole, "kind");
    names.insert(SeverityRole, "severity");
    names.insert(EntityRole, "entity");
    names.insert(IsGroupRole, "isGroup");
    names.insert(SummaryRole, "summary");
    return names;
}

} // namespace Kempt
