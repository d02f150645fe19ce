#include "importmappingpage.h"
#include "commandrunner.h"
#include "importwizard.h"
#include "mappingtargetdelegate.h"
#include "messagepresenter.h"

#include "commands/deletemappingprofile.h"
#include "commands/savemappingprofile.h"
#include "import/mappingprofilestore.h"
#include "itemmodels/importmappingmodel.h"
#include "storage/workspace.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Kempt {

ImportMappingPage::ImportMappingPage(ImportWizard *wizard)
    : m_wizard(wizard)
    , m_profiles(new QComboBox(this))
    , m_save(new QPushButton(tr("&Save as Profile…"), this))
    , m_delete(new QPushButton(tr("&Delete Profile"), this))
    , m_profileNote(new QLabel(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("importMappingPage"));
    setTitle(tr("Match the Columns"));
    setSubTitle(tr("Each column of the file goes into a field of the contact, or is left out. Kempt matched them by their "
                   "headers; change any of them below."));
    m_profiles->setObjectName(QStringLiteral("mappingProfile"));
    m_profiles->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_save->setObjectName(QStringLiteral("saveMappingProfile"));
    m_delete->setObjectName(QStringLiteral("deleteMappingProfile"));
    m_profileNote->setObjectName(QStringLiteral("mappingProfileNote"));
    m_profileNote->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("mappingStatus"));
    m_status->setWordWrap(true);

    ImportMappingModel *model = m_wizard->mappingModel();
    m_view->setObjectName(QStringLiteral("mappingView"));
    m_view->setModel(model);
    m_view->setItemDelegateForColumn(ImportMappingModel::TargetColumn,
                                     new MappingTargetDelegate(model, m_wizard->presenter(), m_view));
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(ImportMappingModel::HeaderColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ImportMappingModel::SampleColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ImportMappingModel::TargetColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ImportMappingModel::NoteColumn, QHeaderView::Stretch);
    header->resizeSection(ImportMappingModel::SampleColumn, 220);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->verticalHeader()->defaultSectionSize() + 6);

    connect(model, &ImportMappingModel::mappingChanged, this, [this] {
        // A change by hand is no longer the profile's mapping.
        if (m_profiles->currentIndex() > 0) {
            m_filling = true;
            m_profiles->setCurrentIndex(0);
            m_filling = false;
            m_profileNote->clear();
        }
        updateState();
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this, model] {
        for (int r = 0; r < model->rowCount(); ++r)
            m_view->openPersistentEditor(model->index(r, ImportMappingModel::TargetColumn));
    });
    connect(m_profiles, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_filling)
            applyProfile(index);
    });
    connect(m_save, &QPushButton::clicked, this, &ImportMappingPage::saveProfile);
    connect(m_delete, &QPushButton::clicked, this, &ImportMappingPage::deleteProfile);

    auto *profileRow = new QHBoxLayout;
    auto *profileLabel = new QLabel(tr("&Profile:"), this);
    profileLabel->setBuddy(m_profiles);
    profileRow->addWidget(profileLabel);
    profileRow->addWidget(m_profiles);
    profileRow->addWidget(m_save);
    profileRow->addWidget(m_delete);
    profileRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(profileRow);
    layout->addWidget(m_profileNote);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
}

void ImportMappingPage::initializePage()
{
    ImportMappingModel *model = m_wizard->mappingModel();
    const bool fresh = m_wizard->prepareMapping();
    fillProfiles(QString());
    m_profileNote->clear();
    // A profile saved for files with these headers is what the person chose last time.
    if (fresh && m_profiles->count() > 1) {
        m_filling = true;
        m_profiles->setCurrentIndex(1);
        m_filling = false;
        applyProfile(1);
    }
    for (int r = 0; r < model->rowCount(); ++r)
        m_view->openPersistentEditor(model->index(r, ImportMappingModel::TargetColumn));
    updateState();
}

void ImportMappingPage::fillProfiles(const QString &select)
{
    m_filling = true;
    m_profiles->clear();
    m_profiles->addItem(tr("Matched by the headers"));
    const QList<MappingProfile> profiles = MappingProfileStore(m_wizard->workspace()->db()).forHeaders(m_wizard->headers());
    for (const MappingProfile &p : profiles)
        m_profiles->addItem(p.name, p.name);
    const int index = select.isEmpty() ? 0 : m_profiles->findData(select);
    m_profiles->setCurrentIndex(std::max(0, index));
    m_filling = false;
    updateState();
}

void ImportMappingPage::applyProfile(int index)
{
    ImportMappingModel *model = m_wizard->mappingModel();
    if (index <= 0) {
        model->setMapping(ImportMapping::guess(m_wizard->headers()), m_wizard->dataRows());
        m_profileNote->clear();
        updateState();
        return;
    }
    const QString name = m_profiles->itemData(index).toString();
    const std::optional<MappingProfile> profile = MappingProfileStore(m_wizard->workspace()->db()).find(name);
    ImportMapping mapping;
    const Result r = profile ? MappingProfileStore::apply(*profile, m_wizard->headers(), &mapping)
                             : Result::failure(tr("The profile “%1” is gone.").arg(name));
    if (!r) {
        m_wizard->presenter()->error(r.message());
        fillProfiles(QString());
        return;
    }
    model->setMapping(mapping, m_wizard->dataRows());
    m_profileNote->setText(tr("Matched with the profile “%1”, saved for files with these headers.").arg(name));
    updateState();
}

void ImportMappingPage::saveProfile()
{
    const QString current = m_profiles->currentIndex() > 0 ? m_profiles->currentData().toString()
                                                           : QFileInfo(m_wizard->filePath()).completeBaseName();
    const QString name = m_wizard->presenter()->askText(tr("Save Mapping Profile"),
                                                        tr("Name of the profile (offered again for files with these headers):"), current)
                             .trimmed();
    if (name.isEmpty())
        return;
    MappingProfileStore store(m_wizard->workspace()->db());
    if (store.find(name)
        && !m_wizard->presenter()->confirm(tr("Save Mapping Profile"), tr("A profile named “%1” exists already. Replace it?").arg(name)))
        return;
    if (!CommandRunner::push(m_wizard->workspace(), new SaveMappingProfile(m_wizard->workspace(), name, m_wizard->mappingModel()->mapping())))
        return;
    fillProfiles(name);
    m_profileNote->setText(tr("Saved as “%1”. Files with these headers will be matched the same way.").arg(name));
}

void ImportMappingPage::deleteProfile()
{
    if (m_profiles->currentIndex() <= 0)
        return;
    const QString name = m_profiles->currentData().toString();
    if (!m_wizard->presenter()->confirm(tr("Delete Mapping Profile"),
                                        tr("Delete the profile “%1”? The columns stay matched as they are now.").arg(name)))
        return;
    if (!CommandRunner::push(m_wizard->workspace(), new DeleteMappingProfile(m_wizard->workspace(), name)))
        return;
    fillProfiles(QString());
    m_profileNote->clear();
}

void ImportMappingPage::updateState()
{
    const ImportMapping mapping = m_wizard->mappingModel()->mapping();
    int mapped = 0;
    for (const ImportMapping::Column &c : mapping.columns())
        mapped += c.target != ImportMapping::Target::Ignore;
    m_status->setText(mapping.mapsAnything()
                          ? (mapping.size() == 1 ? tr("The one column is imported.") : tr("%1 of %Ln columns are imported.", nullptr, mapping.size()).arg(mapped))
                          : tr("No column goes into a contact field yet. Choose a field for the column that holds the names "
                               "or e-mail addresses."));
    m_delete->setEnabled(m_profiles->currentIndex() > 0);
    m_save->setEnabled(mapping.mapsAnything());
    Q_EMIT completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    return m_wizard->mappingModel()->mapping().mapsAnything();
}

bool ImportMappingPage::validatePage()
{
    return isComplete();
}

} // namespace Kempt
