#pragma once

#include "cli/clicommand.h"

namespace Kempt {

// kempt-cli import FILE: reads a spreadsheet into the workspace as one change batch,
// cleaned by the style guide (see Importer); --dry-run only counts.
class ImportCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString synopsis() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(const QCommandLineParser &parser, const QStringList &arguments, CliContext &context) override;
};

} // namespace Kempt
