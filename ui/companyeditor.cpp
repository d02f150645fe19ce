#include "companyeditor.h"
#include "alignment.h"
#include "commandrunner.h"
#include "countrycombobox.h"
#include "customfieldform.h"
#include "fieldsuggestions.h"
#include "messagepresenter.h"
#include "recordheader.h"
#include "recorditemdelegate.h"
#include "tagslineedit.h"
#include "timelinewidget.h"

#include "commands/createcompany.h"
#include "commands/editcompany.h"
#include "domain/fieldcatalog.h"
#include "itemmodels/recordtablemodel.h"
#include "itemmodels/taglistmodel.h"
#include "storage/workspace.h"
#include "stores/companystore.h"
#include "stores/userstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Kempt {

namespace {

bool sameCompany(const Company &a, const Company &b)
{
    return a.name == b.name && a.legalForm == b.legalForm && a.industry == b.industry && a.size == b.size
        && a.website == b.website && a.phone == b.phone && a.email == b.email && a.street == b.street
        && a.city == b.city && a.region == b.region && a.postcode == b.postcode && a.country == b.country
        && a.ownerName == b.ownerName && a.description == b.description && a.tags == b.tags && a.custom == b.custom;
}

} // namespace

CompanyEditor::CompanyEditor(Workspace *workspace, MessagePresenter *presenter, qint64 companyId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_presenter(presenter)
    , m_header(new RecordHeader(this))
    , m_error(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_tagModel(new TagListModel(workspace, this))
    , m_custom(new CustomFieldForm(this))
    , m_contactsModel(new RecordTableModel(workspace, Entity::Contact, this))
    , m_timeline(new TimelineWidget(workspace, this))
{
    setObjectName(QStringLiteral("companyEditor"));
    m_error->setObjectName(QStringLiteral("errorBanner"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c1c; border: 1px solid #f5c2c0;"
                                          " border-radius: 4px; padding: 6px 8px; }"));
    m_error->hide();

    m_tabs->addTab(buildDetails(), tr("&Details"));
    m_tabs->addTab(buildAddress(), tr("&Address"));
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_custom);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_customPage = scroll;
    m_tabs->addTab(m_customPage, tr("Custom &Fields"));
    m_contactsPage = buildContacts();
    m_tabs->addTab(m_contactsPage, tr("C&ontacts"));
    m_tabs->addTab(m_timeline, tr("&Timeline"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CompanyEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CompanyEditor::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    connect(m_name, &QLineEdit::textChanged, this, &CompanyEditor::updateHeader);
    connect(m_industry, &QComboBox::currentTextChanged, this, &CompanyEditor::updateHeader);
    connect(m_city, &QLineEdit::textChanged, this, &CompanyEditor::updateHeader);

    const bool open = workspace && workspace->isOpen();
    m_custom->setFields(open ? FieldCatalog::fields(Entity::Company, workspace->db()) : QList<FieldDef>());
    m_tabs->setTabVisible(m_tabs->indexOf(m_customPage), !m_custom->isEmpty());
    Company company;
    if (companyId > 0 && open)
        if (const std::optional<Company> stored = CompanyStore(workspace->db()).load(companyId))
            company = *stored;
    setCompany(company);
    resize(760, 600);
}

QLineEdit *CompanyEditor::addLine(const QString &objectName)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setClearButtonEnabled(true);
    return edit;
}

QComboBox *CompanyEditor::addCombo(const QString &objectName, const QStringList &items)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItems(items);
    combo->setCurrentIndex(-1);
    return combo;
}

QWidget *CompanyEditor::buildDetails()
{
    auto *page = new QWidget;
    m_name = addLine(QStringLiteral("name"));
    m_legalForm = addLine(QStringLiteral("legalForm"));
    m_legalForm->setPlaceholderText(tr("e.g. GmbH, Ltd, Inc."));
    m_industry = addCombo(QStringLiteral("industry"), FieldSuggestions::of(QStringLiteral("industry"), m_workspace));
    m_size = addCombo(QStringLiteral("size"), FieldSuggestions::of(QStringLiteral("size"), m_workspace));
    m_website = addLine(QStringLiteral("website"));
    m_website->setPlaceholderText(QStringLiteral("https://"));
    m_phone = addLine(QStringLiteral("phone"));
    m_email = addLine(QStringLiteral("email"));
    const bool open = m_workspace && m_workspace->isOpen();
    m_owner = addCombo(QStringLiteral("owner"), open ? UserStore(m_workspace->db()).names() : QStringList());
    m_tags = new TagsLineEdit(this);
    m_tags->setObjectName(QStringLiteral("tags"));
    m_tags->setTagModel(m_tagModel, TagListModel::NameRole);
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setTabChangesFocus(true);

    auto *left = new QFormLayout;
    left->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    left->addRow(tr("&Name:"), m_name);
    left->addRow(tr("Legal form:"), m_legalForm);
    left->addRow(tr("&Industry:"), m_industry);
    left->addRow(tr("Si&ze:"), m_size);
    left->addRow(tr("O&wner:"), m_owner);
    auto *right = new QFormLayout;
    right->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    right->addRow(tr("Website:"), m_website);
    right->addRow(tr("&Phone:"), m_phone);
    right->addRow(tr("&E-mail:"), m_email);
    right->addRow(tr("T&ags:"), m_tags);
    auto *columns = new QHBoxLayout;
    // Spacing as an item: a nested form would take the box's spacing for its rows too.
    columns->addLayout(left, 1);
    columns->addSpacing(24);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(columns);
    auto *descriptionLabel = new QLabel(tr("Description:"), page);
    descriptionLabel->setAlignment(leadingEdge() | Qt::AlignVCenter);
    layout->addWidget(descriptionLabel);
    layout->addWidget(m_description, 1);
    return page;
}

QWidget *CompanyEditor::buildAddress()
{
    auto *page = new QWidget;
    m_street = addLine(QStringLiteral("street"));
    m_postcode = addLine(QStringLiteral("postcode"));
    m_postcode->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 12);
    m_city = addLine(QStringLiteral("city"));
    m_region = addLine(QStringLiteral("region"));
    m_country = new CountryComboBox(this);
    m_country->setObjectName(QStringLiteral("country"));
    auto *cityRow = new QHBoxLayout;
    cityRow->addWidget(m_postcode);
    cityRow->addWidget(m_city, 1);
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Street:"), m_street);
    form->addRow(tr("Postcode, &city:"), cityRow);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("Countr&y:"), m_country);
    return page;
}

QWidget *CompanyEditor::buildContacts()
{
    auto *page = new QWidget;
    m_contactsModel->setColumns({QStringLiteral("display_name"), QStringLiteral("job_title"), QStringLiteral("email"),
                                 QStringLiteral("phone")});
    m_contactsModel->sortBy(QStringLiteral("display_name"));
    m_contactsView = new QTableView(page);
    m_contactsView->setModel(m_contactsModel);
    m_contactsView->setItemDelegate(new RecordItemDelegate(m_workspace, m_contactsView));
    m_contactsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_contactsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_contactsView->setAlternatingRowColors(true);
    m_contactsView->verticalHeader()->hide();
    QHeaderView *header = m_contactsView->horizontalHeader();
    header->setStretchLastSection(true);
    // A company's people are few; the table measures only the rows on screen anyway.
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_contactsView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_contactsView->setShowGrid(false);
    m_contactsView->setWordWrap(false);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_contactsView);
    return page;
}

void CompanyEditor::setCompany(const Company &c)
{
    m_company = c;
    m_name->setText(c.name);
    m_legalForm->setText(c.legalForm);
    m_industry->setCurrentText(c.industry);
    m_size->setCurrentText(c.size);
    m_website->setText(c.website);
    m_phone->setText(c.phone);
    m_email->setText(c.email);
    m_owner->setCurrentText(c.ownerName);
    m_tags->setTags(c.tags);
    m_description->setPlainText(c.description);
    m_street->setText(c.street);
    m_postcode->setText(c.postcode);
    m_city->setText(c.city);
    m_region->setText(c.region);
    m_country->setCode(c.country);
    m_custom->setValues(c.custom);

    Filter filter(Entity::Contact);
    if (c.id) {
        FilterCondition condition;
        condition.field = QStringLiteral("company");
        condition.op = FilterCondition::Operator::Equals;
        condition.value = c.name;
        filter.conditions << condition;
    } else {
        filter.ids = QList<qint64>();
    }
    m_contactsModel->setFilter(filter);
    m_tabs->setTabText(m_tabs->indexOf(m_contactsPage),
                       c.id ? tr("C&ontacts (%1)").arg(QLocale().toString(m_contactsModel->totalCount())) : tr("C&ontacts"));
    m_tabs->setTabVisible(m_tabs->indexOf(m_contactsPage), c.id > 0);
    m_timeline->setRecord(Entity::Company, c.id);
    m_tabs->setTabEnabled(m_tabs->indexOf(m_timeline), c.id > 0);
    m_tabs->setTabToolTip(m_tabs->indexOf(m_timeline),
                          c.id ? QString() : tr("Save the company first; then notes and activities can be added."));
    setWindowTitle(c.id ? tr("Company – %1").arg(c.name) : tr("New Company"));
    m_error->hide();
    m_shown = company();
    updateHeader();
}

Company CompanyEditor::company() const
{
    Company c = m_company;
    c.name = m_name->text().trimmed();
    c.legalForm = m_legalForm->text().trimmed();
    c.industry = m_industry->currentText().trimmed();
    c.size = m_size->currentText().trimmed();
    c.website = m_website->text().trimmed();
    c.phone = m_phone->text().trimmed();
    c.email = m_email->text().trimmed();
    c.ownerName = m_owner->currentText().trimmed();
    c.tags = m_tags->tags();
    c.description = m_description->toPlainText().trimmed();
    c.street = m_street->text().trimmed();
    c.postcode = m_postcode->text().trimmed();
    c.city = m_city->text().trimmed();
    c.region = m_region->text().trimmed();
    c.country = m_country->code();
    c.custom = m_custom->values();
    return c;
}

void CompanyEditor::updateHeader()
{
    m_header->setTitle(m_name->text(), tr("New company"));
    QStringList parts;
    for (const QString &p : {m_industry->currentText().trimmed(), m_city->text().trimmed()})
        if (!p.isEmpty())
            parts << p;
    m_header->setSubtitle(parts.join(QStringLiteral(" · ")));
}

bool CompanyEditor::hasChanges() const
{
    return !sameCompany(company(), m_shown);
}

void CompanyEditor::showError(const QString &message, QWidget *field)
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

bool CompanyEditor::save()
{
    const Company c = company();
    if (c.name.isEmpty()) {
        showError(tr("Enter the company's name."), m_name);
        return false;
    }
    if (const Result r = m_custom->validate(); !r) {
        showError(r.message(), m_custom);
        return false;
    }
    m_error->hide();
    if (c.id == 0) {
        QUndoStack *stack = m_workspace->undoStack();
        const int before = stack->index();
        if (!CommandRunner::push(m_workspace, new CreateCompany(m_workspace, c)) || stack->index() == before)
            return false;
        m_company.id = static_cast<const CreateCompany *>(stack->command(stack->index() - 1))->companyId();
        return true;
    }
    if (!hasChanges())
        return true;
    return CommandRunner::push(m_workspace, new EditCompany(m_workspace, c));
}

void CompanyEditor::accept()
{
    if (save())
        QDialog::accept();
}

void CompanyEditor::reject()
{
    if (hasChanges() && m_presenter
        && !m_presenter->confirm(tr("Discard Changes"), tr("Close the editor and discard your changes to this company?")))
        return;
    QDialog::reject();
}

} // namespace Kempt
