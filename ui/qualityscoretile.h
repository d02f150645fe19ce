#pragma once

#include <QFrame>

class QLabel;

namespace Kempt {

// One score of the dashboard: its name, the value 0–100 in large type coloured by how
// good it is, and the change since the audit before.
class QualityScoreTile : public QFrame
{
    Q_OBJECT
public:
    QualityScoreTile(const QString &title, const QString &explanation, bool prominent, QWidget *parent = nullptr);

    // previous < 0: no earlier audit to compare with.
    void setScore(double value, double previous);
    void clear();
    QString valueText() const;

private:
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_delta;
};

} // namespace Kempt
