#include "dialogpresenter.h"

#include <QApplication>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>

namespace Kempt {

QWidget *DialogPresenter::parentWidget() const
{
    // A dialog that is open (an editor) must own the message, or it would hide behind it.
    if (QWidget *modal = QApplication::activeModalWidget())
        return modal;
    return m_parent;
}

void DialogPresenter::error(const QString &text)
{
    QMessageBox box(QMessageBox::Warning, QApplication::applicationDisplayName(), text, QMessageBox::Ok, parentWidget());
    box.exec();
}

bool DialogPresenter::confirm(const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Ok | QMessageBox::Cancel, parentWidget());
    box.setDefaultButton(QMessageBox::Ok);
    return box.exec() == QMessageBox::Ok;
}

QString DialogPresenter::openFileName(const QString &title, const QString &directory, const QString &filter)
{
    return QFileDialog::getOpenFileName(parentWidget(), title, directory, filter);
}

QString DialogPresenter::saveFileName(const QString &title, const QString &suggestedPath, const QString &filter)
{
    return QFileDialog::getSaveFileName(parentWidget(), title, suggestedPath, filter);
}

QString DialogPresenter::askText(const QString &title, const QString &label, const QString &initial)
{
    bool ok = false;
    const QString text = QInputDialog::getText(parentWidget(), title, label, QLineEdit::Normal, initial, &ok);
    return ok ? text.trimmed() : QString();
}

QString DialogPresenter::choose(const QString &title, const QString &label, const QStringList &items)
{
    bool ok = false;
    const QString item = QInputDialog::getItem(parentWidget(), title, label, items, 0, false, &ok);
    return ok ? item : QString();
}

} // namespace Kempt
