#pragma once

#include "messagepresenter.h"

#include <QQueue>
#include <QStringList>

namespace Kempt::Test {

// Answers the windows' questions from a script and records what they asked, so that
// UI tests run without a person. Unscripted questions get the defaults below.
class ScriptedPresenter : public MessagePresenter
{
public:
    void error(const QString &text) override { errors << text; }

    bool confirm(const QString &title, const QString &text) override
    {
        confirmations << title + QStringLiteral(": ") + text;
        return confirmAnswers.isEmpty() ? confirmByDefault : confirmAnswers.dequeue();
    }

    QString openFileName(const QString &, const QString &, const QString &) override
    {
        return fileNames.isEmpty() ? QString() : fileNames.dequeue();
    }

    QString saveFileName(const QString &, const QString &, const QString &) override
    {
        return fileNames.isEmpty() ? QString() : fileNames.dequeue();
    }

    QString askText(const QString &, const QString &label, const QString &) override
    {
        questions << label;
        return texts.isEmpty() ? QString() : texts.dequeue();
    }

    QString choose(const QString &, const QString &label, const QStringList &items) override
    {
        questions << label;
        offered = items;
        return choices.isEmpty() ? QString() : choices.dequeue();
    }

    bool confirmByDefault = true;
    QQueue<bool> confirmAnswers;
    QQueue<QString> fileNames;
    QQueue<QString> texts;
    QQueue<QString> choices;

    QStringList errors;
    QStringList confirmations;
    QStringList questions;
    QStringList offered;
};

} // namespace Kempt::Test
