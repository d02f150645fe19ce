#include "styleguideeditor.h"
#include "alignment.h"
#include "commandrunner.h"
#include "countrycombobox.h"
#include "messagepresenter.h"
#include "newrulequestions.h"
#include "ruleform.h"
#include "ruleimpactpanel.h"
#include "styleguidefiles.h"

#include "commands/savestyleguide.h"
#include "core/timestamps.h"
#include "itemmodels/styleguidehistorymodel.h"
#include "itemmodels/styleguiderulemodel.h"
#include "quality/ruletext.h"
#include "quality/styleguidedocument.h"
#include "storage/workspace.h"
#include "stores/styleguidestore.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Kempt {

namespace {

QString documentsDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

StyleGuideEditor::StyleGuideEditor(Workspace *workspace, MessagePresenter *presenter, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_presenter(presenter)
    , m_rules(new StyleGuideRuleModel(this))
    , m_history(new StyleGuideHistoryModel(workspace, this))
    , m_tree(new QTreeView(this))
    , m_tabs(new QTabWidget(this))
    , m_form(new RuleForm(this))
    , m_impact(new RuleImpactPanel(this))
    , m_historyView(new QTableView(this))
    , m_region(new CountryComboBox(this))
    , m_state(new QLabel(this))
{
    setObjectName(QStringLiteral("styleGuideEditor"));
    m_tree->setObjectName(QStringLiteral("rules"));
    m_tree->setModel(m_rules);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(StyleGuideRuleModel::RuleColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(StyleGuideRuleModel::SeverityColumn, QHeaderView::ResizeToContents);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &StyleGuideEditor::onCurrentRuleChanged);
    connect(m_rules, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
    connect(m_rules, &StyleGuideRuleModel::guideEdited, this, &StyleGuideEditor::onDraftEdited);
    connect(m_form, &RuleForm::edited, this, &StyleGuideEditor::onFormEdited);
    connect(m_region, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_selecting)
            m_rules->setDefaultRegion(m_region->code());
    });

    auto *addButton = new QPushButton(tr("Add Rule…"), this);
    addButton->setObjectName(QStringLiteral("addRule"));
    connect(addButton, &QPushButton::clicked, this, &StyleGuideEditor::addRule);
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeRule"));
    connect(m_remove, &QPushButton::clicked, this, &StyleGuideEditor::removeRule);
    auto *left = new QWidget(this);
    auto *leftButtons = new QHBoxLayout;
    leftButtons->addWidget(addButton);
    leftButtons->addWidget(m_remove);
    leftButtons->addStretch();
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_tree, 1);
    leftLayout->addLayout(leftButtons);

    auto *formScroll = new QScrollArea(this);
    formScroll->setWidget(m_form);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    auto *rulePage = new QSplitter(Qt::Vertical, this);
    rulePage->addWidget(formScroll);
    rulePage->addWidget(m_impact);
    rulePage->setStretchFactor(0, 3);
    rulePage->setStretchFactor(1, 2);
    rulePage->setChildrenCollapsible(false);
    m_tabs->addTab(rulePage, tr("&Rule"));
    m_tabs->addTab(buildVersions(), tr("&Versions"));

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    split->setSizes({400, 700});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->addWidget(buildToolbar());
    layout->addWidget(split, 1);

    if (m_workspace) {
        connect(m_workspace, &Workspace::opened, this, &StyleGuideEditor::reload);
        connect(m_workspace, &Workspace::closed, this, &StyleGuideEditor::reload);
        connect(m_workspace, &Workspace::changed, this, [this](const ChangeSet &changes) {
            if (changes.touches(QStringLiteral("style_guides")))
                onWorkspaceChanged();
        });
    }
    reload();
}

QWidget *StyleGuideEditor::buildToolbar()
{
    auto *bar = new QWidget(this);
    auto *title = new QLabel(tr("Style Guide"), bar);
    QFont f = title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.5);
    title->setFont(f);
    m_state->setObjectName(QStringLiteral("guideState"));
    m_state->setForegroundRole(QPalette::PlaceholderText);
    m_state->setAlignment(leadingEdge() | Qt::AlignVCenter);
    m_save = new QPushButton(tr("Save Version…"), bar);
    m_save->setObjectName(QStringLiteral("saveVersion"));
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &StyleGuideEditor::save);
    m_revert = new QPushButton(tr("Discard Changes"), bar);
    m_revert->setObjectName(QStringLiteral("revert"));
    connect(m_revert, &QPushButton::clicked, this, &StyleGuideEditor::revert);
    auto *more = new QToolButton(bar);
    more->setObjectName(QStringLiteral("guideMenu"));
    more->setText(tr("Import / Export"));
    more->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(more);
    menu->addAction(tr("&Import from JSON…"), this, &StyleGuideEditor::importGuide);
    menu->addAction(tr("&Export as JSON…"), this, &StyleGuideEditor::exportGuide);
    menu->addSeparator();
    menu->addAction(tr("Save as &Document (HTML or PDF)…"), this, &StyleGuideEditor::saveDocument);
    menu->addAction(tr("&Print…"), this, &StyleGuideEditor::printDocument);
    more->setMenu(menu);

    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addSpacing(12);
    top->addWidget(m_state, 1);
    top->addWidget(m_revert);
    top->addWidget(m_save);
    top->addWidget(more);

    m_region->setObjectName(QStringLiteral("defaultRegion"));
    // An empty guide region is a choice too: such numbers stay unread and get flagged.
    m_region->setNoneText(tr("No default: only numbers with a country code"));
    m_region->setToolTip(tr("Saved with the style guide's next version and kept in its JSON."));
    auto *regionLabel = new QLabel(tr("Phone numbers without a country code, on records without a country, are read as numbers of:"), bar);
    regionLabel->setAlignment(leadingEdge() | Qt::AlignVCenter);
    regionLabel->setWordWrap(true);
    auto *region = new QHBoxLayout;
    region->addWidget(regionLabel, 1);
    region->addWidget(m_region);

    auto *layout = new QVBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(region);
    return bar;
}

QWidget *StyleGuideEditor::buildVersions()
{
    auto *page = new QWidget(this);
    m_historyView->setObjectName(QStringLiteral("versions"));
    m_historyView->setModel(m_history);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->verticalHeader()->hide();
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    m_historyView->setAlternatingRowColors(true);
    auto *restore = new QPushButton(tr("Use This Version Again…"), page);
    restore->setObjectName(QStringLiteral("restoreVersion"));
    connect(restore, &QPushButton::clicked, this, &StyleGuideEditor::restoreVersion);
    auto *note = new QLabel(tr("Every save adds a version; nothing is overwritten. Undo in the Edit menu takes the latest save back."), page);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    note->setAlignment(leadingEdge() | Qt::AlignVCenter);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(note, 1);
    buttons->addWidget(restore);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_historyView, 1);
    layout->addLayout(buttons);
    return page;
}

StyleGuide StyleGuideEditor::draft() const
{
    return m_rules->guide();
}

bool StyleGuideEditor::isModified() const
{
    return m_workspace && m_workspace->isOpen() && m_rules->guide() != m_stored;
}

void StyleGuideEditor::reload()
{
    const QString keep = currentRuleId();
    const bool open = m_workspace && m_workspace->isOpen();
    m_stored = open ? StyleGuideStore(m_workspace->db()).active() : StyleGuide();
    m_selecting = true;
    m_rules->setGuide(m_stored);
    m_region->setCode(m_stored.defaultRegion());
    m_selecting = false;
    m_tree->expandAll();
    if (!selectRule(keep)) {
        // The first rule of the first group, so the form is never empty without reason.
        const QModelIndex first = m_rules->index(0, 0, m_rules->index(0, 0));
        if (first.isValid())
            m_tree->setCurrentIndex(first);
        else
            onCurrentRuleChanged();
    }
    setEnabled(open);
    updateState();
}

bool StyleGuideEditor::selectRule(const QString &ruleId)
{
    const QModelIndex index = ruleId.isEmpty() ? QModelIndex() : m_rules->indexOfRule(ruleId);
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

QString StyleGuideEditor::currentRuleId() const
{
    return m_tree->currentIndex().data(StyleGuideRuleModel::RuleIdRole).toString();
}

void StyleGuideEditor::onCurrentRuleChanged()
{
    if (m_selecting)
        return;
    const StyleGuideRule rule = m_rules->ruleAt(m_tree->currentIndex().siblingAtColumn(0));
    m_form->setRule(rule);
    m_remove->setEnabled(!rule.id.isEmpty());
    requestPreview();
}

void StyleGuideEditor::onFormEdited()
{
    const StyleGuideRule edited = m_form->rule();
    StyleGuideRule checked;
    const Result r = StyleGuideRule::fromJson(edited.toJson(), tr("This rule"), &checked);
    m_form->setProblem(r ? QString() : r.message());
    if (!r)
        return;
    // A rule that changes field may change group: the model resets, the form stays.
    m_selecting = true;
    m_rules->updateRule(edited);
    m_tree->setCurrentIndex(m_rules->indexOfRule(edited.id));
    m_selecting = false;
}

void StyleGuideEditor::onDraftEdited()
{
    if (!m_selecting) {
        // A rule switched on or off in the list: show it as the form has it.
        const StyleGuideRule shown = m_rules->ruleAt(m_tree->currentIndex().siblingAtColumn(0));
        if (!shown.id.isEmpty() && shown.enabled != m_form->rule().enabled)
            m_form->setRule(shown);
    }
    updateState();
    requestPreview();
}

void StyleGuideEditor::requestPreview()
{
    const QString id = currentRuleId();
    if (id.isEmpty() || !m_workspace || !m_workspace->isOpen()) {
        m_impact->clear();
        return;
    }
    // Counting a million records is worth it only while someone looks at the preview.
    if (!isVisible()) {
        m_previewPending = true;
        return;
    }
    m_previewPending = false;
    m_impact->request(m_workspace, m_rules->guide(), id);
}

void StyleGuideEditor::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_previewPending)
        requestPreview();
}

void StyleGuideEditor::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    if (!m_impact->isComplete() && !currentRuleId().isEmpty()) {
        m_impact->clear();
        m_previewPending = true;
    }
}

void StyleGuideEditor::updateState()
{
    const bool modified = isModified();
    m_save->setEnabled(modified);
    m_revert->setEnabled(modified);
    if (modified) {
        m_state->setText(tr("Unsaved changes"));
    } else if (m_stored.version() > 0) {
        const QList<StyleGuideVersion> versions = m_workspace && m_workspace->isOpen()
            ? StyleGuideStore(m_workspace->db()).history()
            : QList<StyleGuideVersion>();
        const StyleGuideVersion v = versions.value(0);
        const QDateTime at = fromIso(v.createdAt);
        m_state->setText(tr("Version %1, saved by %2 on %3")
                             .arg(v.version)
                             .arg(v.author.isEmpty() ? tr("unknown") : v.author,
                                  at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : v.createdAt));
    } else {
        m_state->setText(tr("Kempt's default guide; saving makes it version 1 of this workspace"));
    }
    if (modified != m_wasModified) {
        m_wasModified = modified;
        Q_EMIT modifiedChanged(modified);
    }
}

void StyleGuideEditor::onWorkspaceChanged()
{
    // A save, or the undo of one: an unchanged draft follows the stored guide; a draft
    // with edits is kept and compared against the new stored version.
    const bool modified = isModified();
    const StyleGuide active = StyleGuideStore(m_workspace->db()).active();
    if (!modified) {
        reload();
        return;
    }
    m_stored = active;
    updateState();
}

bool StyleGuideEditor::saveVersion(const QString &comment)
{
    if (!m_workspace || !m_workspace->isOpen())
        return false;
    StyleGuide checked;
    const Result valid = StyleGuide::fromJson(draft().toJson(), &checked);
    if (!valid) {
        if (m_presenter)
            m_presenter->error(valid.message());
        return false;
    }
    QUndoStack *stack = m_workspace->undoStack();
    const int before = stack->index();
    if (!CommandRunner::push(m_workspace, new SaveStyleGuide(m_workspace, draft(), comment)) || stack->index() == before)
        return false;
    const qint64 version = static_cast<const SaveStyleGuide *>(stack->command(stack->index() - 1))->version();
    reload();
    Q_EMIT statusMessage(tr("Saved the style guide as version %1. Re-audit on the dashboard to judge every record by it.").arg(version));
    return true;
}

void StyleGuideEditor::save()
{
    if (!isModified() || !m_presenter)
        return;
    const QString comment = m_presenter->askText(tr("Save Version"), tr("What changed, in a few words (kept in the history):"));
    if (comment.trimmed().isEmpty())
        return;
    saveVersion(comment.trimmed());
}

void StyleGuideEditor::revert()
{
    if (isModified() && m_presenter && !m_presenter->confirm(tr("Discard Changes"), tr("Discard the changes not saved as a version?")))
        return;
    reload();
}

Result StyleGuideEditor::importJson(const QString &path)
{
    StyleGuide guide;
    const Result r = StyleGuideFiles::readJson(path, &guide);
    if (!r)
        return r;
    // The version numbers of another workspace mean nothing here.
    guide.setVersion(m_stored.version());
    const QString keep = currentRuleId();
    m_selecting = true;
    m_rules->setGuide(guide);
    m_region->setCode(guide.defaultRegion());
    m_selecting = false;
    m_tree->expandAll();
    if (!selectRule(keep))
        m_tree->setCurrentIndex(m_rules->index(0, 0, m_rules->index(0, 0)));
    updateState();
    return Result::success();
}

Result StyleGuideEditor::exportJson(const QString &path) const
{
    return StyleGuideFiles::writeJson(draft(), path);
}

QString StyleGuideEditor::documentHtml() const
{
    StyleGuideDocument::Options options;
    if (m_workspace && m_workspace->isOpen())
        options.workspaceName = QFileInfo(m_workspace->path()).completeBaseName();
    options.rightToLeft = QGuiApplication::layoutDirection() == Qt::RightToLeft;
    return StyleGuideDocument::html(draft(), options);
}

Result StyleGuideEditor::exportHtml(const QString &path) const
{
    return StyleGuideFiles::writeHtml(documentHtml(), path);
}

Result StyleGuideEditor::exportPdf(const QString &path) const
{
    return StyleGuideFiles::writePdf(documentHtml(), path);
}

void StyleGuideEditor::importGuide()
{
    if (!m_presenter)
        return;
    if (isModified() && !m_presenter->confirm(tr("Import Style Guide"), tr("Replace the changes not saved as a version with the imported guide?")))
        return;
    const QString path = m_presenter->openFileName(tr("Import Style Guide"), documentsDir(), tr("Style guides (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const Result r = importJson(path);
    if (!r)
        m_presenter->error(r.message());
    else
        Q_EMIT statusMessage(tr("Imported %1. Check the rules, then save a version to put them in force.").arg(QFileInfo(path).fileName()));
}

void StyleGuideEditor::exportGuide()
{
    if (!m_presenter)
        return;
    const QString path = m_presenter->saveFileName(tr("Export Style Guide"), documentsDir() + tr("/style-guide.json"),
                                                   tr("Style guides (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const Result r = exportJson(path);
    if (!r)
        m_presenter->error(r.message());
    else
        Q_EMIT statusMessage(tr("Exported the style guide to %1.").arg(QDir::toNativeSeparators(path)));
}

void StyleGuideEditor::saveDocument()
{
    if (!m_presenter)
        return;
    const QString path = m_presenter->saveFileName(tr("Save Style Guide Document"), documentsDir() + tr("/style-guide.pdf"),
                                                   tr("PDF document (*.pdf);;Web page (*.html)"));
    if (path.isEmpty())
        return;
    const bool html = QFileInfo(path).suffix().startsWith(QLatin1String("htm"), Qt::CaseInsensitive);
    const Result r = html ? exportHtml(path) : exportPdf(path);
    if (!r)
        m_presenter->error(r.message());
    else
        Q_EMIT statusMessage(tr("Saved the style guide document as %1.").arg(QDir::toNativeSeparators(path)));
}

void StyleGuideEditor::printDocument()
{
    StyleGuideFiles::print(documentHtml(), this);
}

void StyleGuideEditor::restoreVersion()
{
    const QModelIndex current = m_historyView->currentIndex();
    if (!current.isValid() || !m_workspace || !m_workspace->isOpen())
        return;
    const qint64 version = current.data(StyleGuideHistoryModel::VersionRole).toLongLong();
    StyleGuide guide;
    const Result r = StyleGuideStore(m_workspace->db()).load(version, &guide);
    if (!r) {
        if (m_presenter)
            m_presenter->error(r.message());
        return;
    }
    if (m_presenter && !m_presenter->confirm(tr("Use This Version Again"),
                                             tr("Save the rules of version %1 as a new version? Unsaved changes are discarded.").arg(version)))
        return;
    m_selecting = true;
    m_rules->setGuide(guide);
    m_selecting = false;
    saveVersion(tr("Back to the rules of version %1").arg(version));
}

void StyleGuideEditor::addRule()
{
    if (!m_workspace || !m_workspace->isOpen())
        return;
    StyleGuideRule rule;
    QString message;
    if (!NewRuleQuestions::ask(m_presenter, &rule, &message)) {
        if (!message.isEmpty() && m_presenter)
            m_presenter->error(message);
        return;
    }
    selectRule(m_rules->addRule(rule));
}

void StyleGuideEditor::removeRule()
{
    const QString id = currentRuleId();
    if (id.isEmpty())
        return;
    const StyleGuideRule *rule = m_rules->guide().rule(id);
    if (m_presenter && rule
        && !m_presenter->confirm(tr("Remove Rule"), tr("Remove the rule “%1” from the draft? It stays in the saved versions.")
                                                        .arg(RuleText::ruleTitle(*rule))))
        return;
    m_rules->removeRule(id);
    const QModelIndex first = m_rules->index(0, 0, m_rules->index(0, 0));
    if (first.isValid())
        m_tree->setCurrentIndex(first);
}

} // namespace Kempt
