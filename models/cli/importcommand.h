#pragma once

#include "cli/clicommand.h"

namespace Kempt {

// kempt-cli import FILE: reads a CSV/TSV, XLSX, ODS or vCard file into the workspace as one
// change batch, cleaned by the style guide (see Importer). Encoding, delimiter, quote and
// header row are detected unless given; --mapping takes "auto", a saved mapping's name or
// a JSON file; --on-duplicate looks for duplicates in the file and against the workspace
// and applies one action to every group; --dry-run only counts.
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
