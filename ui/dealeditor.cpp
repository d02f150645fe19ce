#include "dealeditor.h"
#include "alignment.h"
#include "commandgroup.h"
#include "contactpicker.h"
#include "customfieldform.h"
#include "datetext.h"
#include "fieldsuggestions.h"
#include "messagepresenter.h"
#include "optionaldateedit.h"
#include "recordheader.h"
#include "timelinewidget.h"

#include "commands/createdeal.h"
#include "commands/editdeal.h"
#include "commands/losedeal.h"
#include "commands/reopendeal.h"
#include "commands/windeal.h"
#include "core/timestamps.h"
#include "domain/fieldcatalog.h"
#include "domain/lostreasons.h"
#include "domain/money.h"
#include "itemmodels/stagehistorymodel.h"
#include "storage/workspace.h"
#include "stores/companystore.h"
#include "stores/dealstore.h"
#include "stores/pipelinestore.h"
#include "stores/userstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QSpinBox>
#include <QStringListModel>
#include <QTabWidget>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <cmath>

namespace Kempt {

namespace {

bool sameDeal(const Deal &a, const Deal &b)
{
    return a.title == b.title && a.valueMinor == b.valueMinor && a.currency == b.currency && a.companyName == b.companyName
        && a.contactId == b.contactId && a.otherContactIds == b.otherContactIds && a.ownerName == b.ownerName
        && a.pipelineId == b.pipelineId && a.stageId == b.stageId && a.expectedClose == b.expectedClose
        && a.probability == b.probability && a.status == b.status && a.lostReason == b.lostReason && a.source == b.source
        && a.custom == b.custom;
}

QLabel *sectionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setAlignment(leadingEdge() | Qt::AlignVCenter);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

QWidget *scrollable(QWidget *content)
{
    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

// Codes offered first; any other ISO 4217 code may be typed.
QStringList commonCurrencies()
{
    return {QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP"), QStringLiteral("CHF"), QStringLiteral("JPY"),
            QStringLiteral("CAD"), QStringLiteral("AUD"), QStringLiteral("SEK"), QStringLiteral("NOK"), QStringLiteral("DKK"),
            QStringLiteral("PLN"), QStringLiteral("CZK"), QStringLiteral("INR"), QStringLiteral("CNY"), QStringLiteral("BRL")};
}

} // namespace

DealEditor::DealEditor(Workspace *workspace, MessagePresenter *presenter, qint64 dealId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_presenter(presenter)
    , m_header(new RecordHeader(this))
    , m_error(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_companyNames(new QStringListModel(this))
    , m_custom(new CustomFieldForm(this))
    , m_timeline(new TimelineWidget(workspace, this))
    , m_history(new StageHistoryModel(workspace, this))
{
    setObjectName(QStringLiteral("dealEditor"));
    m_error->setObjectName(QStringLiteral("errorBanner"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c1c; border: 1px solid #f5c2c0;"
                                          " border-radius: 4px; padding: 6px 8px; }"));
    m_error->hide();

    m_tabs->addTab(buildDetails(), tr("&Details"));
    m_tabs->addTab(buildContacts(), tr("&Contacts"));
    m_customPage = scrollable(m_custom);
    m_tabs->addTab(m_customPage, tr("Custom &Fields"));
    m_tabs->addTab(m_timeline, tr("&Timeline"));
    m_tabs->addTab(buildHistory(), tr("Stage &History"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &DealEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DealEditor::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    const bool open = m_workspace && m_workspace->isOpen();
    m_custom->setFields(open ? FieldCatalog::fields(Entity::Deal, m_workspace->db()) : QList<FieldDef>());
    m_tabs->setTabVisible(m_tabs->indexOf(m_customPage), !m_custom->isEmpty());

    Deal deal;
    if (open) {
        if (dealId > 0) {
            if (const std::optional<Deal> stored = DealStore(m_workspace->db()).load(dealId))
                deal = *stored;
        } else {
            deal.currency = DealStore(m_workspace->db()).mainCurrency();
        }
    }
    setDeal(deal);
    resize(760, 520);
}

QWidget *DealEditor::buildDetails()
{
    auto *page = new QWidget;
    const bool open = m_workspace && m_workspace->isOpen();

    m_title = new QLineEdit(page);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setClearButtonEnabled(true);
    m_title->setPlaceholderText(tr("e.g. 40 seats for Acme"));
    m_value = new QDoubleSpinBox(page);
    m_value->setObjectName(QStringLiteral("value"));
    m_value->setRange(0, 999999999999.0);
    m_value->setGroupSeparatorShown(true);
    m_value->setAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    m_currency = new QComboBox(page);
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->setEditable(true);
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    m_currency->addItems(commonCurrencies());
    m_currency->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_currency));
    m_currency->setMinimumContentsLength(4);
    m_currency->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    connect(m_currency, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        const QString code = text.trimmed().toUpper();
        if (Money::isCurrencyCode(code))
            m_value->setDecimals(Money::minorDigits(code));
        updateHeader();
    });
    auto *valueRow = new QHBoxLayout;
    valueRow->setContentsMargins(0, 0, 0, 0);
    valueRow->addWidget(m_value, 1);
    valueRow->addWidget(m_currency);

    m_company = new QLineEdit(page);
    m_company->setObjectName(QStringLiteral("company"));
    m_company->setClearButtonEnabled(true);
    m_company->setPlaceholderText(tr("Found or created by name"));
    auto *completer = new QCompleter(m_companyNames, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_company->setCompleter(completer);
    connect(m_company, &QLineEdit::textEdited, this, &DealEditor::updateCompanyCompletions);
    m_contact = new ContactPicker(m_workspace, page);
    m_contact->setObjectName(QStringLiteral("contact"));
    m_owner = new QComboBox(page);
    m_owner->setObjectName(QStringLiteral("owner"));
    m_owner->setEditable(true);
    m_owner->setInsertPolicy(QComboBox::NoInsert);
    m_owner->addItems(open ? UserStore(m_workspace->db()).names() : QStringList());
    m_source = new QComboBox(page);
    m_source->setObjectName(QStringLiteral("source"));
    m_source->setEditable(true);
    m_source->setInsertPolicy(QComboBox::NoInsert);
    m_source->addItems(FieldSuggestions::of(QStringLiteral("lead_source"), m_workspace));

    m_pipeline = new QComboBox(page);
    m_pipeline->setObjectName(QStringLiteral("pipeline"));
    m_stage = new QComboBox(page);
    m_stage->setObjectName(QStringLiteral("stage"));
    connect(m_pipeline, &QComboBox::currentIndexChanged, this, [this] {
        fillStages(m_pipeline->currentData().toLongLong(), 0);
        updateHeader();
    });
    connect(m_stage, &QComboBox::currentIndexChanged, this, [this] {
        updateProbability();
        updateHeader();
    });
    m_probability = new QSpinBox(page);
    m_probability->setObjectName(QStringLiteral("probability"));
    m_probability->setRange(0, 100);
    m_probability->setSuffix(tr(" %"));
    m_stageDefault = new QCheckBox(tr("Stage default"), page);
    m_stageDefault->setObjectName(QStringLiteral("stageDefault"));
    m_stageDefault->setToolTip(tr("Untick to give this deal a probability of its own."));
    connect(m_stageDefault, &QCheckBox::toggled, this, &DealEditor::updateProbability);
    auto *probabilityRow = new QHBoxLayout;
    probabilityRow->setContentsMargins(0, 0, 0, 0);
    probabilityRow->addWidget(m_probability);
    probabilityRow->addWidget(m_stageDefault);
    probabilityRow->addStretch();
    m_expectedClose = new OptionalDateEdit(page);
    m_expectedClose->setObjectName(QStringLiteral("expectedClose"));
    m_expectedClose->setDefaultDate(QDate::currentDate().addMonths(1));
    m_status = new QComboBox(page);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->addItem(tr("Open"), Deal::statusName(DealStatus::Open));
    m_status->addItem(tr("Won"), Deal::statusName(DealStatus::Won));
    m_status->addItem(tr("Lost"), Deal::statusName(DealStatus::Lost));
    m_lostReason = new QComboBox(page);
    m_lostReason->setObjectName(QStringLiteral("lostReason"));
    connect(m_status, &QComboBox::currentIndexChanged, this, &DealEditor::updateStatus);
    m_stamps = new QLabel(page);
    m_stamps->setObjectName(QStringLiteral("stamps"));
    m_stamps->setForegroundRole(QPalette::PlaceholderText);
    m_stamps->setWordWrap(true);
    m_stamps->setAlignment(leadingEdge() | Qt::AlignVCenter);
    connect(m_title, &QLineEdit::textChanged, this, &DealEditor::updateHeader);
    connect(m_company, &QLineEdit::textChanged, this, &DealEditor::updateHeader);
    connect(m_value, &QDoubleSpinBox::valueChanged, this, &DealEditor::updateHeader);

    auto *deal = new QFormLayout;
    deal->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    deal->addRow(sectionLabel(tr("Deal"), page));
    deal->addRow(tr("&Title:"), m_title);
    auto *valueLabel = new QLabel(tr("&Value:"), page);
    valueLabel->setBuddy(m_value);
    deal->addRow(valueLabel, valueRow);
    deal->addRow(tr("Com&pany:"), m_company);
    deal->addRow(tr("C&ontact:"), m_contact);
    deal->addRow(tr("O&wner:"), m_owner);
    deal->addRow(tr("So&urce:"), m_source);

    auto *progress = new QFormLayout;
    progress->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    progress->addRow(sectionLabel(tr("Progress"), page));
    progress->addRow(tr("P&ipeline:"), m_pipeline);
    progress->addRow(tr("&Stage:"), m_stage);
    auto *probabilityLabel = new QLabel(tr("Pro&bability:"), page);
    probabilityLabel->setBuddy(m_probability);
    progress->addRow(probabilityLabel, probabilityRow);
    progress->addRow(tr("&Expected close:"), m_expectedClose);
    progress->addRow(tr("Stat&us:"), m_status);
    progress->addRow(tr("&Lost reason:"), m_lostReason);

    auto *columns = new QHBoxLayout;
    columns->addLayout(deal, 1);
    columns->addSpacing(24);
    columns->addLayout(progress, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(columns);
    layout->addStretch();
    layout->addWidget(m_stamps);
    return page;
}

QWidget *DealEditor::buildContacts()
{
    auto *page = new QWidget;
    m_others = new QListWidget(page);
    m_others->setObjectName(QStringLiteral("otherContacts"));
    m_others->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_addContact = new ContactPicker(m_workspace, page);
    m_addContact->setObjectName(QStringLiteral("addContact"));
    m_addContact->setPlaceholderText(tr("Add a contact: type a name, e-mail or company"));
    connect(m_addContact, &ContactPicker::contactChosen, this, [this](qint64 id, const QString &name) {
        addOtherContact(id, name);
        m_addContact->clear();
    });
    m_removeOther = new QPushButton(tr("&Remove"), page);
    m_removeOther->setObjectName(QStringLiteral("removeContact"));
    m_removeOther->setEnabled(false);
    connect(m_others, &QListWidget::itemSelectionChanged, this,
            [this] { m_removeOther->setEnabled(!m_others->selectedItems().isEmpty()); });
    connect(m_removeOther, &QPushButton::clicked, this, [this] { qDeleteAll(m_others->selectedItems()); });
    auto *note = new QLabel(tr("The contact on the Details tab is the deal's main contact; these take part too."), page);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    note->setAlignment(leadingEdge() | Qt::AlignTop);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_addContact, 1);
    addRow->addWidget(m_removeOther);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(sectionLabel(tr("Other contacts"), page));
    layout->addWidget(m_others, 1);
    layout->addLayout(addRow);
    layout->addWidget(note);
    return page;
}

QWidget *DealEditor::buildHistory()
{
    m_historyView = new QTreeView;
    m_historyView->setObjectName(QStringLiteral("stageHistory"));
    m_historyView->setModel(m_history);
    m_historyView->setRootIsDecorated(false);
    m_historyView->setUniformRowHeights(true);
    m_historyView->setAlternatingRowColors(true);
    m_historyView->setSelectionMode(QAbstractItemView::NoSelection);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->header()->setStretchLastSection(false);
    m_historyView->header()->setSectionResizeMode(StageHistoryModel::StageColumn, QHeaderView::Stretch);
    for (int c : {int(StageHistoryModel::EnteredColumn), int(StageHistoryModel::LeftColumn), int(StageHistoryModel::DaysColumn)})
        m_historyView->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    auto *page = new QWidget;
    auto *note = new QLabel(tr("When the deal entered and left each stage. Moves on the board and in this editor add to it."), page);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    note->setAlignment(leadingEdge() | Qt::AlignTop);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_historyView, 1);
    layout->addWidget(note);
    return page;
}

void DealEditor::fillPipelines()
{
    const QSignalBlocker block(m_pipeline);
    m_pipeline->clear();
    m_pipelines = m_workspace && m_workspace->isOpen() ? PipelineStore(m_workspace->db()).pipelines() : QList<Pipeline>();
    for (const Pipeline &p : std::as_const(m_pipelines))
        m_pipeline->addItem(p.name, p.id);
    if (m_pipelines.isEmpty())
        m_pipeline->setPlaceholderText(tr("Sales (made when saving)"));
}

void DealEditor::fillStages(qint64 pipelineId, qint64 stageId)
{
    {
        const QSignalBlocker block(m_stage);
        m_stage->clear();
        for (const Pipeline &p : std::as_const(m_pipelines)) {
            if (p.id != pipelineId)
                continue;
            for (const Stage &s : p.stages)
                m_stage->addItem(s.name, s.id);
        }
        const int at = m_stage->findData(stageId);
        m_stage->setCurrentIndex(at >= 0 ? at : (m_stage->count() > 0 ? 0 : -1));
    }
    updateProbability();
}

Stage DealEditor::selectedStage() const
{
    const qint64 stageId = m_stage->currentData().toLongLong();
    for (const Pipeline &p : m_pipelines)
        for (const Stage &s : p.stages)
            if (s.id == stageId)
                return s;
    return {};
}

void DealEditor::updateProbability()
{
    const bool byStage = m_stageDefault->isChecked();
    m_probability->setEnabled(!byStage);
    if (byStage) {
        const QSignalBlocker block(m_probability);
        m_probability->setValue(int(std::lround(selectedStage().probability * 100)));
    }
}

void DealEditor::updateStatus()
{
    const auto status = Deal::statusFromName(m_status->currentData().toString()).value_or(DealStatus::Open);
    m_lostReason->setEnabled(status == DealStatus::Lost);
    // A closed deal keeps the stage it was closed from; it moves again once reopened.
    const bool movable = m_deal.id == 0 || status == DealStatus::Open;
    for (QComboBox *combo : {m_pipeline, m_stage}) {
        combo->setEnabled(movable);
        combo->setToolTip(movable ? QString() : tr("Set the status to Open to move the deal."));
    }
}

void DealEditor::updateCompanyCompletions(const QString &prefix)
{
    if (m_workspace && m_workspace->isOpen())
        m_companyNames->setStringList(CompanyStore(m_workspace->db()).names(prefix.trimmed(), 20));
}

void DealEditor::addOtherContact(qint64 id, const QString &name)
{
    if (id <= 0 || id == m_contact->contactId())
        return;
    for (int r = 0; r < m_others->count(); ++r)
        if (m_others->item(r)->data(Qt::UserRole).toLongLong() == id)
            return;
    auto *item = new QListWidgetItem(name.isEmpty() ? ContactPicker::nameOf(m_workspace, id) : name, m_others);
    item->setData(Qt::UserRole, id);
}

void DealEditor::setPlacement(qint64 pipelineId, qint64 stageId)
{
    const int at = m_pipeline->findData(pipelineId);
    if (at < 0)
        return;
    {
        const QSignalBlocker block(m_pipeline);
        m_pipeline->setCurrentIndex(at);
    }
    fillStages(pipelineId, stageId);
    updateHeader();
    if (m_deal.id == 0)
        m_shown = deal();
}

void DealEditor::setDeal(const Deal &d)
{
    m_deal = d;
    m_title->setText(d.title);
    {
        const QSignalBlocker block(m_currency);
        m_currency->setCurrentText(d.currency);
    }
    m_value->setDecimals(Money::minorDigits(d.currency));
    m_value->setValue(Money::toMajor(d.valueMinor, d.currency));
    m_company->setText(d.companyName);
    m_contact->setContactId(d.contactId);
    m_others->clear();
    for (qint64 id : d.otherContactIds)
        addOtherContact(id, QString());
    m_owner->setCurrentText(d.ownerName);
    m_source->setCurrentText(d.source);
    fillPipelines();
    {
        const QSignalBlocker block(m_pipeline);
        const int at = m_pipeline->findData(d.pipelineId);
        m_pipeline->setCurrentIndex(at >= 0 ? at : (m_pipeline->count() > 0 ? 0 : -1));
    }
    {
        const QSignalBlocker block(m_stageDefault);
        m_stageDefault->setChecked(!d.probability.has_value());
    }
    if (d.probability) {
        const QSignalBlocker block(m_probability);
        m_probability->setValue(int(std::lround(*d.probability * 100)));
    }
    fillStages(m_pipeline->currentData().toLongLong(), d.stageId);
    m_expectedClose->setDate(QDate::fromString(d.expectedClose, Qt::ISODate));

    const bool open = m_workspace && m_workspace->isOpen();
    QStringList reasons = open ? LostReasons::of(m_workspace->db()) : LostReasons::defaults();
    if (!d.lostReason.isEmpty() && LostReasons::match(reasons, d.lostReason).isEmpty())
        reasons.prepend(d.lostReason);
    m_lostReason->clear();
    m_lostReason->addItems(reasons);
    m_lostReason->setCurrentIndex(d.lostReason.isEmpty() ? -1 : m_lostReason->findText(LostReasons::match(reasons, d.lostReason)));
    m_lostReason->setPlaceholderText(tr("Choose a reason"));
    {
        const QSignalBlocker block(m_status);
        m_status->setCurrentIndex(m_status->findData(Deal::statusName(d.status)));
    }
    updateStatus();
    m_custom->setValues(d.custom);

    m_timeline->setRecord(Entity::Deal, d.id);
    m_history->setDeal(d.id);
    const QString saveFirst = tr("Save the deal first; then notes, activities and its stage history appear here.");
    for (QWidget *tab : {static_cast<QWidget *>(m_timeline), m_historyView->parentWidget()}) {
        const int i = m_tabs->indexOf(tab);
        m_tabs->setTabEnabled(i, d.id > 0);
        m_tabs->setTabToolTip(i, d.id > 0 ? QString() : saveFirst);
    }

    QStringList stamps;
    const auto stamp = [&stamps](const QString &label, const QString &iso) {
        const QDateTime dt = fromIso(iso);
        if (dt.isValid())
            stamps << label.arg(DateText::shortDateTime(dt));
    };
    stamp(tr("Created %1"), d.createdAt);
    stamp(tr("Updated %1"), d.updatedAt);
    stamp(tr("Closed %1"), d.closedAt);
    m_stamps->setText(stamps.join(QStringLiteral(" · ")));

    setWindowTitle(d.id ? tr("Deal – %1").arg(d.title) : tr("New Deal"));
    m_error->hide();
    m_shown = deal();
    updateHeader();
}

Deal DealEditor::deal() const
{
    Deal d = m_deal;
    d.title = m_title->text().simplified();
    d.currency = m_currency->currentText().trimmed().toUpper();
    qint64 minor = 0;
    if (Money::isCurrencyCode(d.currency) && Money::toMinor(QVariant(m_value->value()), d.currency, &minor))
        d.valueMinor = minor;
    d.companyName = m_company->text().simplified();
    d.contactId = m_contact->contactId();
    d.otherContactIds.clear();
    for (int r = 0; r < m_others->count(); ++r) {
        const qint64 id = m_others->item(r)->data(Qt::UserRole).toLongLong();
        if (id != d.contactId && !d.otherContactIds.contains(id))
            d.otherContactIds << id;
    }
    d.ownerName = m_owner->currentText().simplified();
    d.source = m_source->currentText().trimmed();
    d.pipelineId = m_pipeline->currentData().toLongLong();
    d.stageId = m_stage->currentData().toLongLong();
    d.expectedClose = m_expectedClose->isSet() ? m_expectedClose->date().toString(Qt::ISODate) : QString();
    if (m_stageDefault->isChecked())
        d.probability.reset();
    else if (m_deal.probability && std::lround(*m_deal.probability * 100) == m_probability->value())
        d.probability = m_deal.probability; // shown rounded, kept exact
    else
        d.probability = m_probability->value() / 100.0;
    d.status = Deal::statusFromName(m_status->currentData().toString()).value_or(DealStatus::Open);
    if (d.status == DealStatus::Lost)
        d.lostReason = m_lostReason->currentText();
    d.custom = m_custom->values();
    return d;
}

void DealEditor::updateHeader()
{
    const Deal d = deal();
    m_header->setTitle(d.title, tr("New deal"));
    QStringList parts;
    if (!d.companyName.isEmpty())
        parts << d.companyName;
    if (Money::isCurrencyCode(d.currency))
        parts << Money::format(d.valueMinor, d.currency);
    if (!m_stage->currentText().isEmpty())
        parts << m_stage->currentText();
    m_header->setSubtitle(parts.join(QStringLiteral(" · ")));
}

bool DealEditor::hasChanges() const
{
    return !sameDeal(deal(), m_shown);
}

QString DealEditor::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

Result DealEditor::validate(QWidget **field) const
{
    const Deal d = deal();
    *field = nullptr;
    if (d.title.isEmpty()) {
        *field = m_title;
        return Result::failure(tr("Give the deal a title, so that it can be found again."));
    }
    if (!Money::isCurrencyCode(d.currency)) {
        *field = m_currency;
        return Result::failure(tr("“%1” is not a currency code. Use three letters, such as EUR or USD.").arg(m_currency->currentText()));
    }
    if (m_contact->isUnresolved()) {
        *field = m_contact;
        return Result::failure(tr("No contact is called “%1”. Type part of a name and pick the contact from the list, or clear the field.")
                                   .arg(m_contact->text().trimmed()));
    }
    if (d.status == DealStatus::Lost && d.lostReason.isEmpty()) {
        *field = m_lostReason;
        return Result::failure(tr("Choose why the deal was lost."));
    }
    const Result custom = m_custom->validate();
    if (!custom)
        *field = m_custom;
    return custom;
}

void DealEditor::showError(const QString &message, QWidget *field)
{
    m_error->setText(message);
    m_error->show();
    if (!field)
        return;
    for (int i = 0; i < m_tabs->count(); ++i)
        if (m_tabs->widget(i)->isAncestorOf(field))
            m_tabs->setCurrentIndex(i);
    field->setFocus();
}

bool DealEditor::save()
{
    QWidget *field = nullptr;
    const Result valid = validate(&field);
    if (!valid) {
        showError(valid.message(), field);
        return false;
    }
    m_error->hide();
    Deal d = deal();
    QString error;
    QUndoStack *stack = m_workspace->undoStack();
    if (d.id == 0) {
        const int before = stack->index();
        if (!CommandGroup::run(m_workspace, QString(), {new CreateDeal(m_workspace, d)}, &error) || stack->index() == before) {
            showError(error.isEmpty() ? tr("The deal was not saved.") : error, nullptr);
            return false;
        }
        m_deal.id = static_cast<const CreateDeal *>(stack->command(stack->index() - 1))->dealId();
        return true;
    }
    if (!hasChanges())
        return true;
    // The store changes the status only through Win, Lose and Reopen; the rest is one edit.
    const DealStatus from = m_deal.status;
    const DealStatus to = d.status;
    QList<QUndoCommand *> commands;
    if (from != to && from != DealStatus::Open)
        commands << new ReopenDeal(m_workspace, {d.id});
    Deal fields = d;
    fields.status = from == to ? to : DealStatus::Open;
    commands << new EditDeal(m_workspace, fields);
    if (from != to && to == DealStatus::Won)
        commands << new WinDeal(m_workspace, {d.id});
    else if (from != to && to == DealStatus::Lost)
        commands << new LoseDeal(m_workspace, {d.id}, d.lostReason);
    if (!CommandGroup::run(m_workspace, tr("Edit deal %1").arg(d.title), commands, &error)) {
        showError(error, nullptr);
        return false;
    }
    return true;
}

void DealEditor::accept()
{
    if (save())
        QDialog::accept();
}

void DealEditor::reject()
{
    if (hasChanges() && m_presenter
        && !m_presenter->confirm(tr("Discard Changes"), tr("Close the editor and discard your changes to this deal?")))
        return;
    QDialog::reject();
}

} // namespace Kempt
