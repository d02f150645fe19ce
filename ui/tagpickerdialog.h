#pragma once

#include "domain/fieldtype.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QRadioButton;

namespace Kempt {

class TagsLineEdit;
class Workspace;

// Asks which tags to add to (or remove from) the selected records or every record in
// the view. The caller confirms and pushes TagRecords or UntagRecords.
class TagPickerDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Add, Remove };

    TagPickerDialog(Workspace *workspace, Mode mode, Entity entity, qint64 selectedCount, qint64 filteredCount,
                    QWidget *parent = nullptr);

    QStringList tags() const;
    void setTags(const QStringList &tags);
    bool allFiltered() const;
    void setAllFiltered(bool all);
    qint64 recordCount() const;

    TagsLineEdit *tagsEdit() const { return m_tags; }

private:
    void updateSummary();

    Mode m_mode;
    Entity m_entity;
    qint64 m_selected;
    qint64 m_filtered;
    TagsLineEdit *m_tags;
    QRadioButton *m_selectedScope;
    QRadioButton *m_allScope;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
};

} // namespace Kempt
