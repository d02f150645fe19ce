#pragma once

#include "messagepresenter.h"

#include <QPointer>
#include <QWidget>

namespace Kempt {

// MessagePresenter with the platform's message boxes and file dialogs.
class DialogPresenter : public MessagePresenter
{
public:
    explicit DialogPresenter(QWidget *parent = nullptr) : m_parent(parent) {}
    void setParent(QWidget *parent) { m_parent = parent; }

    void error(const QString &text) override;
    bool confirm(const QString &title, const QString &text) override;
    QString openFileName(const QString &title, const QString &directory, const QString &filter) override;
    QString saveFileName(const QString &title, const QString &suggestedPath, const QString &filter) override;
    QString askText(const QString &title, const QString &label, const QString &initial) override;
    QString choose(const QString &title, const QString &label, const QStringList &items) override;

private:
    QWidget *parentWidget() const;

    QPointer<QWidget> m_parent;
};

} // namespace Kempt
