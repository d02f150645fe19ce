#include "ruleform.h"
#include "alignment.h"

#include "quality/qualityrecord.h"
#include "quality/ruleparams.h"
#include "quality/ruletext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Kempt {

namespace {

using Kind = StyleGuideRule::Kind;
using Severity = StyleGuideRule::Severity;

enum Page { NoParams, RequiredPage, WhitespacePage, CasingPage, PhonePage, EmailPage, PicklistPage, DatePage, StalePage, ConsentPage };

Page pageOf(Kind kind)
{
    switch (kind) {
    case Kind::Required: return RequiredPage;
    case Kind::Whitespace: return WhitespacePage;
    case Kind::Casing: return CasingPage;
    case Kind::Phone: return PhonePage;
    case Kind::Email: return EmailPage;
    case Kind::Picklist: return PicklistPage;
    case Kind::Date: return DatePage;
    case Kind::Stale: return StalePage;
    case Kind::Consent: return ConsentPage;
    default: return NoParams;
    }
}

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList result;
    for (const QString &line : edit->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            result << line.trimmed();
    return result;
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list << v.toString();
    return list;
}

// A param is written when it says something: set before, or differing from the default.
// Reading a rule back unchanged then gives the same rule.
void put(QJsonObject &params, const QString &key, const QJsonValue &value, const QJsonValue &fallback)
{
    if (params.contains(key) || value != fallback)
        params.insert(key, value);
}

QPlainTextEdit *textBox(int lines, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

QComboBox *choices(const QList<std::pair<QString, QString>> &items, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    for (const auto &[key, label] : items)
        combo->addItem(label, key);
    return combo;
}

} // namespace

RuleForm::RuleForm(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_id(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_enabled(new QCheckBox(tr("Rule is in force"), this))
    , m_severity(new QComboBox(this))
    , m_severityMeaning(new QLabel(this))
    , m_fields(new QListWidget(this))
    , m_description(textBox(3, tr("What the rule asks for and why, in a sentence or two."), this))
    , m_good(textBox(3, tr("One example per line"), this))
    , m_bad(textBox(3, tr("One example per line"), this))
{
    setObjectName(QStringLiteral("ruleForm"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    m_id->setForegroundRole(QPalette::PlaceholderText);
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setObjectName(QStringLiteral("ruleProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #8a1c1c; }"));
    m_problem->hide();
    m_severityMeaning->setForegroundRole(QPalette::PlaceholderText);
    m_severityMeaning->setWordWrap(true);
    for (QLabel *l : {m_title, m_id, m_problem, m_severityMeaning})
        l->setAlignment(leadingEdge() | Qt::AlignVCenter);
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Fix})
        m_severity->addItem(RuleText::severityLabel(s), StyleGuideRule::severityName(s));
    m_severity->setObjectName(QStringLiteral("severity"));
    m_fields->setObjectName(QStringLiteral("fields"));
    m_fields->setFlow(QListView::LeftToRight);
    m_fields->setWrapping(true);
    m_fields->setResizeMode(QListView::Adjust);
    m_fields->setFixedHeight(m_fields->fontMetrics().height() * 5);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(QString(), m_enabled);
    form->addRow(tr("&Severity:"), m_severity);
    form->addRow(QString(), m_severityMeaning);
    form->addRow(tr("Fie&lds:"), m_fields);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("Settings:"), buildParams());
    form->addRow(tr("&Good examples:"), m_good);
    form->addRow(tr("&Bad examples:"), m_bad);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_id);
    layout->addWidget(m_problem);
    layout->addLayout(form);

    connect(m_enabled, &QCheckBox::toggled, this, &RuleForm::changed);
    connect(m_severity, &QComboBox::currentIndexChanged, this, &RuleForm::changed);
    connect(m_fields, &QListWidget::itemChanged, this, &RuleForm::changed);
    for (QPlainTextEdit *e : {m_description, m_good, m_bad, m_exceptions, m_values})
        connect(e, &QPlainTextEdit::textChanged, this, &RuleForm::changed);
    for (QCheckBox *b : {m_anyOf, m_collapse, m_lowercaseLocal})
        connect(b, &QCheckBox::toggled, this, &RuleForm::changed);
    for (QComboBox *c : {m_casing, m_display, m_order, m_conflict})
        connect(c, &QComboBox::currentIndexChanged, this, &RuleForm::changed);
    connect(m_months, &QSpinBox::valueChanged, this, &RuleForm::changed);
    connect(m_consentTags, &QLineEdit::textChanged, this, &RuleForm::changed);
    connect(m_synonyms, &QTableWidget::itemChanged, this, &RuleForm::changed);
    setEnabled(false);
}

QWidget *RuleForm::buildParams()
{
    m_params = new QStackedWidget(this);
    const auto page = [this](QWidget *content) {
        auto *w = new QWidget(m_params);
        auto *l = new QVBoxLayout(w);
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(content);
        l->addStretch();
        m_params->addWidget(w);
    };
    auto *none = new QLabel(tr("This kind of rule needs no settings beyond its fields."), m_params);
    none->setForegroundRole(QPalette::PlaceholderText);
    page(none);

    m_anyOf = new QCheckBox(tr("One of the fields is enough"), m_params);
    page(m_anyOf);
    m_collapse = new QCheckBox(tr("Also turn runs of spaces inside a value into one"), m_params);
    page(m_collapse);

    auto *casing = new QWidget(m_params);
    m_casing = choices({{QStringLiteral("title"), RuleText::casingLabel(QStringLiteral("title"))},
                        {QStringLiteral("upper"), RuleText::casingLabel(QStringLiteral("upper"))},
                        {QStringLiteral("lower"), RuleText::casingLabel(QStringLiteral("lower"))},
                        {QStringLiteral("keep"), RuleText::casingLabel(QStringLiteral("keep"))}},
                       casing);
    m_casing->setObjectName(QStringLiteral("casing"));
    m_exceptions = textBox(3, tr("Words kept exactly as written, one per line (IBM, McKinsey, van)"), casing);
    m_exceptions->setObjectName(QStringLiteral("exceptions"));
    auto *casingLayout = new QFormLayout(casing);
    casingLayout->setContentsMargins(0, 0, 0, 0);
    casingLayout->addRow(tr("Casing:"), m_casing);
    casingLayout->addRow(tr("Exceptions:"), m_exceptions);
    page(casing);

    m_display = choices({{QStringLiteral("international"), RuleText::phoneDisplayLabel(QStringLiteral("international"))},
                         {QStringLiteral("national"), RuleText::phoneDisplayLabel(QStringLiteral("national"))}},
                        m_params);
    page(m_display);
    m_lowercaseLocal = new QCheckBox(tr("Lower-case the part before the @ too"), m_params);
    page(m_lowercaseLocal);

    auto *picklist = new QWidget(m_params);
    m_values = textBox(4, tr("Allowed values, one per line"), picklist);
    m_values->setObjectName(QStringLiteral("picklistValues"));
    m_synonyms = new QTableWidget(0, 2, picklist);
    m_synonyms->setObjectName(QStringLiteral("synonyms"));
    m_synonyms->setHorizontalHeaderLabels({tr("People write"), tr("Stored as")});
    m_synonyms->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_synonyms->verticalHeader()->hide();
    m_synonyms->setMinimumHeight(m_synonyms->fontMetrics().height() * 8);
    auto *addSynonym = new QPushButton(tr("Add Synonym"), picklist);
    auto *removeSynonym = new QPushButton(tr("Remove Synonym"), picklist);
    connect(addSynonym, &QPushButton::clicked, this, [this] {
        addSynonymRow(QString(), lines(m_values).value(0));
        m_synonyms->setCurrentCell(m_synonyms->rowCount() - 1, 0);
        m_synonyms->editItem(m_synonyms->item(m_synonyms->rowCount() - 1, 0));
    });
    connect(removeSynonym, &QPushButton::clicked, this, [this] {
        const int row = m_synonyms->currentRow();
        if (row >= 0) {
            m_synonyms->removeRow(row);
            changed();
        }
    });
    auto *synonymButtons = new QHBoxLayout;
    synonymButtons->addWidget(addSynonym);
    synonymButtons->addWidget(removeSynonym);
    synonymButtons->addStretch();
    auto *picklistLayout = new QFormLayout(picklist);
    picklistLayout->setContentsMargins(0, 0, 0, 0);
    picklistLayout->addRow(tr("Values:"), m_values);
    picklistLayout->addRow(tr("Synonyms:"), m_synonyms);
    picklistLayout->addRow(QString(), synonymButtons);
    page(picklist);

    m_order = choices({{QStringLiteral("dmy"), RuleText::dateOrderLabel(QStringLiteral("dmy"))},
                       {QStringLiteral("mdy"), RuleText::dateOrderLabel(QStringLiteral("mdy"))},
                       {QStringLiteral("ymd"), RuleText::dateOrderLabel(QStringLiteral("ymd"))}},
                      m_params);
    page(m_order);

    m_months = new QSpinBox(m_params);
    m_months->setObjectName(QStringLiteral("months"));
    m_months->setRange(1, 120);
    m_months->setSuffix(tr(" months without an update or a contact"));
    page(m_months);

    auto *consent = new QWidget(m_params);
    m_conflict = choices({{QStringLiteral("newsletter_tag"), RuleText::conflictLabel(QStringLiteral("newsletter_tag"))},
                          {QStringLiteral("unsubscribed_without_do_not_email"),
                           RuleText::conflictLabel(QStringLiteral("unsubscribed_without_do_not_email"))}},
                         consent);
    m_consentTags = new QLineEdit(consent);
    m_consentTags->setPlaceholderText(tr("Newsletter, Mailing list"));
    auto *consentLayout = new QFormLayout(consent);
    consentLayout->setContentsMargins(0, 0, 0, 0);
    consentLayout->addRow(tr("Conflict:"), m_conflict);
    consentLayout->addRow(tr("Newsletter tags:"), m_consentTags);
    page(consent);
    return m_params;
}

void RuleForm::addSynonymRow(const QString &alias, const QString &value)
{
    const int row = m_synonyms->rowCount();
    m_synonyms->insertRow(row);
    m_synonyms->setItem(row, 0, new QTableWidgetItem(alias));
    m_synonyms->setItem(row, 1, new QTableWidgetItem(value));
}

void RuleForm::setRule(const StyleGuideRule &rule)
{
    m_loading = true;
    m_rule = rule;
    setEnabled(!rule.id.isEmpty());
    m_title->setText(rule.id.isEmpty() ? tr("Choose a rule on the left") : RuleText::ruleTitle(rule));
    m_id->setText(rule.id.isEmpty() ? QString() : tr("%1 rule · %2").arg(RuleText::kindLabel(rule.kind), rule.id));
    m_enabled->setChecked(rule.enabled);
    m_severity->setCurrentIndex(m_severity->findData(StyleGuideRule::severityName(rule.severity)));
    m_severityMeaning->setText(RuleText::severityMeaning(rule.severity));
    // Required, stale and consent rules judge; there is nothing they could fix.
    const bool canFix = rule.kind != Kind::Required && rule.kind != Kind::Stale && rule.kind != Kind::Consent;
    if (auto *model = qobject_cast<QStandardItemModel *>(m_severity->model()))
        if (QStandardItem *fix = model->item(m_severity->findData(QStringLiteral("fix"))))
            fix->setEnabled(canFix);

    m_fields->clear();
    for (const QString &key : QualityRecord::keys(rule.entity)) {
        auto *item = new QListWidgetItem(RuleText::fieldLabel(rule.entity, key), m_fields);
        item->setData(Qt::UserRole, key);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(rule.fields.contains(key) ? Qt::Checked : Qt::Unchecked);
    }
    m_description->setPlainText(rule.description);
    m_good->setPlainText(rule.goodExamples.join(QLatin1Char('\n')));
    m_bad->setPlainText(rule.badExamples.join(QLatin1Char('\n')));

    const QJsonObject &p = rule.params;
    m_params->setCurrentIndex(pageOf(rule.kind));
    m_anyOf->setChecked(RuleParams::anyOf(p));
    m_collapse->setChecked(RuleParams::collapse(p));
    m_casing->setCurrentIndex(std::max(0, m_casing->findData(RuleParams::casing(p))));
    m_exceptions->setPlainText(RuleParams::exceptions(p).join(QLatin1Char('\n')));
    m_display->setCurrentIndex(RuleParams::nationalDisplay(p) ? 1 : 0);
    m_lowercaseLocal->setChecked(RuleParams::lowercaseLocalPart(p));
    m_values->setPlainText(strings(p.value(QStringLiteral("values"))).join(QLatin1Char('\n')));
    m_synonyms->setRowCount(0);
    const QJsonObject synonyms = p.value(QStringLiteral("synonyms")).toObject();
    for (auto it = synonyms.begin(); it != synonyms.end(); ++it)
        addSynonymRow(it.key(), it.value().toString());
    m_order->setCurrentIndex(std::max(0, m_order->findData(RuleParams::dateOrder(p))));
    m_months->setValue(RuleParams::months(p));
    m_conflict->setCurrentIndex(std::max(0, m_conflict->findData(p.value(QStringLiteral("conflict")).toString())));
    m_consentTags->setText(RuleParams::tags(p).join(QStringLiteral(", ")));
    setProblem(QString());
    m_loading = false;
}

StyleGuideRule RuleForm::rule() const
{
    StyleGuideRule r = m_rule;
    if (r.id.isEmpty())
        return r;
    r.enabled = m_enabled->isChecked();
    StyleGuideRule::severityFromName(m_severity->currentData().toString(), &r.severity);
    // Fields keep their order; newly ticked ones follow in the catalog's order.
    QStringList ticked;
    for (int i = 0; i < m_fields->count(); ++i)
        if (m_fields->item(i)->checkState() == Qt::Checked)
            ticked << m_fields->item(i)->data(Qt::UserRole).toString();
    QStringList fields;
    for (const QString &key : m_rule.fields)
        if (ticked.contains(key))
            fields << key;
    for (const QString &key : ticked)
        if (!fields.contains(key))
            fields << key;
    r.fields = fields;
    r.description = m_description->toPlainText().trimmed();
    r.goodExamples = lines(m_good);
    r.badExamples = lines(m_bad);

    QJsonObject &p = r.params;
    switch (r.kind) {
    case Kind::Required: put(p, QStringLiteral("anyOf"), m_anyOf->isChecked(), false); break;
    case Kind::Whitespace: put(p, QStringLiteral("collapse"), m_collapse->isChecked(), true); break;
    case Kind::Casing:
        put(p, QStringLiteral("casing"), m_casing->currentData().toString(), QJsonValue());
        put(p, QStringLiteral("exceptions"), QJsonArray::fromStringList(lines(m_exceptions)), QJsonArray());
        break;
    case Kind::Phone: put(p, QStringLiteral("display"), m_display->currentData().toString(), QStringLiteral("international")); break;
    case Kind::Email: put(p, QStringLiteral("lowercaseLocalPart"), m_lowercaseLocal->isChecked(), false); break;
    case Kind::Picklist: {
        p.insert(QStringLiteral("values"), QJsonArray::fromStringList(lines(m_values)));
        QJsonObject synonyms;
        for (int row = 0; row < m_synonyms->rowCount(); ++row) {
            const QString alias = m_synonyms->item(row, 0) ? m_synonyms->item(row, 0)->text().trimmed() : QString();
            const QString value = m_synonyms->item(row, 1) ? m_synonyms->item(row, 1)->text().trimmed() : QString();
            if (!alias.isEmpty())
                synonyms.insert(alias, value);
        }
        put(p, QStringLiteral("synonyms"), synonyms, QJsonObject());
        break;
    }
    case Kind::Date: put(p, QStringLiteral("order"), m_order->currentData().toString(), QStringLiteral("dmy")); break;
    case Kind::Stale: put(p, QStringLiteral("months"), m_months->value(), 12); break;
    case Kind::Consent: {
        put(p, QStringLiteral("conflict"), m_conflict->currentData().toString(), QJsonValue());
        QStringList tags;
        for (const QString &t : m_consentTags->text().split(QLatin1Char(',')))
            if (!t.trimmed().isEmpty())
                tags << t.trimmed();
        if (m_conflict->currentData().toString() == QLatin1String("newsletter_tag") || p.contains(QStringLiteral("tags")))
            put(p, QStringLiteral("tags"), QJsonArray::fromStringList(tags), QJsonArray());
        break;
    }
    default: break;
    }
    return r;
}

void RuleForm::setProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void RuleForm::changed()
{
    if (m_loading)
        return;
    StyleGuideRule::Severity severity;
    if (StyleGuideRule::severityFromName(m_severity->currentData().toString(), &severity))
        m_severityMeaning->setText(RuleText::severityMeaning(severity));
    Q_EMIT edited();
}

} // namespace Kempt
