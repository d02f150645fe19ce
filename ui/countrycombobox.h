#pragma once

#include <QComboBox>

namespace Kempt {

// ISO 3166-1 alpha-2 countries by name, with an empty first entry for "not known".
// Typing a few letters jumps to the country.
class CountryComboBox : public QComboBox
{
    Q_OBJECT
public:
    explicit CountryComboBox(QWidget *parent = nullptr);

    QString code() const;
    // A code Qt does not know is kept as it is, so editing never loses data.
    void setCode(const QString &code);
    // Words for the first entry (no country), where empty would say nothing, e.g. "No
    // default". The closed box is made wide enough to show them whole.
    void setNoneText(const QString &text);

    static QString nameOf(const QString &code);
};

} // namespace Kempt
