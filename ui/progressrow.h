#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Kempt {

// A line under a section's header while work runs in the background: what is being
// done, a bar and Cancel. The section owns the job; the row only shows it and asks for
// the cancel.
class ProgressRow : public QWidget
{
    Q_OBJECT
public:
    explicit ProgressRow(QWidget *parent = nullptr);

    QPushButton *cancelButton() const { return m_cancel; }
    // A bar that moves without saying how far (the amount of work is not known yet).
    void showBusy(const QString &text);
    void showProgress(qint64 done, qint64 total, const QString &text);

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel *m_text;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
};

} // namespace Kempt
