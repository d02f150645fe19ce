#pragma once

#include <QWizardPage>

class QComboBox;
class QFormLayout;
class QLabel;
class QTableWidget;

namespace Kempt {

class ImportWizard;

// Step 2: how the file is read — the encoding and delimiter of text, the sheet of a
// workbook, the row that holds the headers — with the file's first rows as they come out,
// read again whenever an option changes. Each option starts as detected.
class ImportFormatPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFormatPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    QComboBox *encodingCombo() const { return m_encoding; }
    QComboBox *delimiterCombo() const { return m_delimiter; }
    QComboBox *sheetCombo() const { return m_sheet; }
    QComboBox *headerRowCombo() const { return m_headerRow; }
    QTableWidget *preview() const { return m_preview; }

private:
    void fill();
    void showPreview();
    void encodingChosen();
    void delimiterChosen();
    void sheetChosen();
    void headerRowChosen();

    ImportWizard *m_wizard;
    QFormLayout *m_form;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QComboBox *m_sheet;
    QComboBox *m_headerRow;
    QLabel *m_error;
    QTableWidget *m_preview;
    bool m_filling = false;
};

} // namespace Kempt
