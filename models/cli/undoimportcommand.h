#pragma once

#include "cli/clicommand.h"

namespace Kempt {

// kempt-cli undo-import ID: takes an import back exactly (UndoImport).
class UndoImportCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("undo-import"); }
    QString synopsis() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(const QCommandLineParser &parser, const QStringList &arguments, CliContext &context) override;
};

} // namespace Kempt
