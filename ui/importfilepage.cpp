#include "importfilepage.h"
#include "importdroptarget.h"
#include "importtext.h"
#include "importwizard.h"
#include "messagepresenter.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Kempt {

ImportFilePage::ImportFilePage(ImportWizard *wizard)
    : m_wizard(wizard)
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_error(new QLabel(this))
    , m_detectedBox(new QGroupBox(tr("Found in the file"), this))
    , m_detected(new QFormLayout(m_detectedBox))
{
    setObjectName(QStringLiteral("importFilePage"));
    setTitle(tr("Choose a File"));
    setSubTitle(tr("Contacts come in from CSV or other delimited text, Excel (.xlsx), OpenDocument (.ods) or vCard (.vcf) "
                   "files. You can also drop the file here."));
    setAcceptDrops(true);
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setPlaceholderText(tr("The file with the contacts"));
    m_path->setClearButtonEnabled(true);
    m_browse->setObjectName(QStringLiteral("browseImportFile"));
    m_error->setObjectName(QStringLiteral("importFileError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setVisible(false);
    m_detected->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    connect(m_browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (QDir::cleanPath(m_path->text().trimmed()) != QDir::cleanPath(m_wizard->filePath()))
            choose(m_path->text().trimmed());
    });
    connect(m_wizard, &ImportWizard::sourceChanged, this, &ImportFilePage::showDetected);

    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    auto *row = new QHBoxLayout;
    row->addWidget(fileLabel);
    row->addWidget(m_path, 1);
    row->addWidget(m_browse);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addSpacing(8);
    layout->addWidget(m_detectedBox);
    layout->addStretch(1);
    showDetected();
}

QLabel *ImportFilePage::detectedLabel(const QString &name) const
{
    return m_detectedBox->findChild<QLabel *>(name);
}

bool ImportFilePage::isComplete() const
{
    return m_wizard->isLoaded();
}

void ImportFilePage::browse()
{
    const QString start = m_wizard->filePath().isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                                         : QFileInfo(m_wizard->filePath()).absolutePath();
    QStringList patterns;
    for (const QString &suffix : ImportDropTarget::suffixes())
        patterns << QStringLiteral("*.") + suffix;
    const QString path = m_wizard->presenter()->openFileName(
        tr("Import Contacts"), start,
        tr("Contact files (%1);;All files (*)").arg(patterns.join(QLatin1Char(' '))));
    if (!path.isEmpty())
        choose(path);
}

void ImportFilePage::choose(const QString &path)
{
    m_wizard->openFile(path);
}

void ImportFilePage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!ImportDropTarget::importableFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ImportFilePage::dropEvent(QDropEvent *event)
{
    const QString path = ImportDropTarget::importableFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    choose(path);
}

void ImportFilePage::addRow(const QString &label, const QString &name, const QString &text)
{
    auto *value = new QLabel(text, m_detectedBox);
    value->setObjectName(name);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detected->addRow(label, value);
}

void ImportFilePage::showDetected()
{
    m_path->setText(QDir::toNativeSeparators(m_wizard->filePath()));
    while (m_detected->rowCount() > 0)
        m_detected->removeRow(0);
    const Result loaded = m_wizard->loadResult();
    const bool chosen = !m_wizard->filePath().isEmpty();
    m_error->setText(loaded.message());
    m_error->setVisible(chosen && !loaded.ok());
    m_detectedBox->setVisible(chosen && m_wizard->isLoaded());
    if (m_wizard->isLoaded()) {
        const QLocale locale;
        addRow(tr("Format:"), QStringLiteral("detectedFormat"), ImportText::formatLabel(m_wizard->format()));
        if (m_wizard->format() == SourceFactory::Format::Delimited) {
            addRow(tr("Encoding:"), QStringLiteral("detectedEncoding"),
                   ImportText::detected(QString::fromLatin1(m_wizard->encoding()), m_wizard->encodingDetected()));
            addRow(tr("Delimiter:"), QStringLiteral("detectedDelimiter"),
                   ImportText::detected(ImportText::delimiterLabel(m_wizard->delimiter()), m_wizard->delimiterDetected()));
        }
        if (m_wizard->sheets().size() > 1)
            addRow(tr("Sheets:"), QStringLiteral("detectedSheets"),
                   tr("%1; reading “%2”").arg(locale.createSeparatedList(m_wizard->sheets()), m_wizard->sheet()));
        addRow(tr("Headers:"), QStringLiteral("detectedHeaders"),
               m_wizard->headerRow() > 0
                   ? tr("Row %1: %2").arg(m_wizard->headerRow()).arg(locale.createSeparatedList(m_wizard->headers()))
                   : tr("None; the columns are numbered"));
        const int rows = int(m_wizard->dataRows().size());
        addRow(tr("Rows:"), QStringLiteral("detectedRows"),
               m_wizard->previewHoldsAllRows() ? (rows == 1 ? tr("%Ln row of data", nullptr, rows) : tr("%Ln rows of data", nullptr, rows))
                                               : tr("More than %1 rows of data").arg(locale.toString(rows)));
    }
    Q_EMIT completeChanged();
}

} // namespace Kempt
