#include "importformatpage.h"
#include "importtext.h"
#include "importwizard.h"

#include "io/encodingdetector.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Kempt {

namespace {
constexpr int kHeaderRowChoices = 20;
}

ImportFormatPage::ImportFormatPage(ImportWizard *wizard)
    : m_wizard(wizard)
    , m_form(new QFormLayout)
    , m_encoding(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_sheet(new QComboBox(this))
    , m_headerRow(new QComboBox(this))
    , m_error(new QLabel(this))
    , m_preview(new QTableWidget(this))
{
    setObjectName(QStringLiteral("importFormatPage"));
    setTitle(tr("Check How the File Is Read"));
    setSubTitle(tr("Kempt found these settings by itself. If the rows below look wrong (odd letters, everything in one "
                   "column, headers among the data), change them."));
    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_encoding->setEditable(true);
    m_encoding->setInsertPolicy(QComboBox::NoInsert);
    m_encoding->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_delimiter->setObjectName(QStringLiteral("delimiter"));
    m_sheet->setObjectName(QStringLiteral("sheet"));
    m_headerRow->setObjectName(QStringLiteral("headerRow"));
    m_error->setObjectName(QStringLiteral("formatError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    m_preview->setObjectName(QStringLiteral("formatPreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->setWordWrap(false);
    m_preview->horizontalHeader()->setMaximumSectionSize(260);

    m_form->addRow(tr("&Encoding:"), m_encoding);
    m_form->addRow(tr("&Delimiter:"), m_delimiter);
    m_form->addRow(tr("&Sheet:"), m_sheet);
    m_form->addRow(tr("&Headers in:"), m_headerRow);
    m_form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_preview, 1);

    connect(m_encoding, &QComboBox::activated, this, &ImportFormatPage::encodingChosen);
    connect(m_encoding->lineEdit(), &QLineEdit::editingFinished, this, &ImportFormatPage::encodingChosen);
    connect(m_delimiter, &QComboBox::activated, this, &ImportFormatPage::delimiterChosen);
    connect(m_sheet, &QComboBox::activated, this, &ImportFormatPage::sheetChosen);
    connect(m_headerRow, &QComboBox::activated, this, &ImportFormatPage::headerRowChosen);
    connect(m_wizard, &ImportWizard::sourceChanged, this, [this] {
        if (!m_filling)
            fill();
    });
}

void ImportFormatPage::initializePage()
{
    fill();
}

bool ImportFormatPage::isComplete() const
{
    return m_wizard->isLoaded();
}

void ImportFormatPage::fill()
{
    m_filling = true;
    const SourceOptions options = m_wizard->sourceOptions();
    const bool text = m_wizard->format() == SourceFactory::Format::Delimited;
    m_form->setRowVisible(m_encoding, text);
    m_form->setRowVisible(m_delimiter, text);
    m_form->setRowVisible(m_sheet, m_wizard->sheets().size() > 1);

    m_encoding->clear();
    m_encoding->addItem(text && options.encoding.isEmpty() && !m_wizard->encoding().isEmpty()
                            ? tr("Detect (found: %1)").arg(QString::fromLatin1(m_wizard->encoding()))
                            : tr("Detect"),
                        QString());
    for (const QString &name : EncodingDetector::commonEncodings())
        m_encoding->addItem(name, name);
    const int encodingIndex = options.encoding.isEmpty() ? 0 : m_encoding->findData(QString::fromLatin1(options.encoding));
    if (encodingIndex < 0)
        m_encoding->setEditText(QString::fromLatin1(options.encoding));
    else
        m_encoding->setCurrentIndex(encodingIndex);

    m_delimiter->clear();
    m_delimiter->addItem(text && options.delimiter.isNull()
                             ? tr("Detect (found: %1)").arg(ImportText::delimiterName(m_wizard->delimiter()))
                             : tr("Detect"),
                         QString());
    for (QChar c : ImportText::delimiters())
        m_delimiter->addItem(ImportText::delimiterLabel(c), QString(c));
    m_delimiter->setCurrentIndex(options.delimiter.isNull() ? 0 : std::max(0, m_delimiter->findData(QString(options.delimiter))));

    m_sheet->clear();
    m_sheet->addItems(m_wizard->sheets());
    m_sheet->setCurrentIndex(std::max(0, int(m_wizard->sheets().indexOf(m_wizard->sheet()))));

    m_headerRow->clear();
    const int requested = m_wizard->requestedHeaderRow();
    m_headerRow->addItem(requested < 0 && m_wizard->isLoaded()
                             ? (m_wizard->headerRow() > 0 ? tr("Detect (found: row %1)").arg(m_wizard->headerRow())
                                                          : tr("Detect (found: none)"))
                             : tr("Detect"),
                         -1);
    m_headerRow->addItem(tr("No header row: the first row is data"), 0);
    for (int row = 1; row <= kHeaderRowChoices; ++row)
        m_headerRow->addItem(tr("Row %1 of the rows with values").arg(row), row);
    m_headerRow->setCurrentIndex(std::max(0, m_headerRow->findData(requested)));

    m_error->setText(m_wizard->loadResult().message());
    m_error->setVisible(!m_wizard->isLoaded());
    m_filling = false;
    showPreview();
    Q_EMIT completeChanged();
}

void ImportFormatPage::showPreview()
{
    const QList<QStringList> rows = m_wizard->rawRows();
    const QList<qint64> numbers = m_wizard->rawNumbers();
    int width = 0;
    for (const QStringList &r : rows)
        width = std::max(width, int(r.size()));
    m_preview->clear();
    m_preview->setRowCount(int(rows.size()));
    m_preview->setColumnCount(width);
    QStringList labels;
    for (int c = 0; c < width; ++c)
        labels << tr("Column %1").arg(c + 1);
    m_preview->setHorizontalHeaderLabels(labels);
    // Rows before the header are the file's notes; the header row is what names the columns.
    const int header = m_wizard->isLoaded() ? m_wizard->headerRow() : -1;
    const QPalette palette = m_preview->palette();
    for (int r = 0; r < rows.size(); ++r) {
        m_preview->setVerticalHeaderItem(r, new QTableWidgetItem(QString::number(numbers.value(r))));
        for (int c = 0; c < rows.at(r).size(); ++c) {
            auto *item = new QTableWidgetItem(rows.at(r).at(c));
            item->setToolTip(rows.at(r).at(c));
            if (r + 1 == header) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
                item->setBackground(palette.alternateBase());
            } else if (r + 1 < header) {
                item->setForeground(palette.brush(QPalette::Disabled, QPalette::Text));
            }
            m_preview->setItem(r, c, item);
        }
    }
    m_preview->resizeColumnsToContents();
}

void ImportFormatPage::encodingChosen()
{
    if (m_filling)
        return;
    SourceOptions options = m_wizard->sourceOptions();
    const int index = m_encoding->findText(m_encoding->currentText());
    const QString name = index >= 0 ? m_encoding->itemData(index).toString() : m_encoding->currentText().trimmed();
    if (!name.isEmpty()) {
        const Result known = EncodingDetector::checkName(name, m_wizard->filePath());
        if (!known) {
            m_error->setText(known.message());
            m_error->setVisible(true);
            return;
        }
    }
    options.encoding = name.toLatin1();
    m_wizard->setSourceOptions(options);
}

void ImportFormatPage::delimiterChosen()
{
    SourceOptions options = m_wizard->sourceOptions();
    const QString data = m_delimiter->currentData().toString();
    options.delimiter = data.isEmpty() ? QChar() : data.at(0);
    m_wizard->setSourceOptions(options);
}

void ImportFormatPage::sheetChosen()
{
    SourceOptions options = m_wizard->sourceOptions();
    options.sheet = m_sheet->currentText();
    m_wizard->setSourceOptions(options);
}

void ImportFormatPage::headerRowChosen()
{
    m_wizard->setHeaderRow(m_headerRow->currentData().toInt());
}

} // namespace Kempt
