#pragma once

#include "cli/clicommand.h"

namespace Kempt {

// kempt-cli export --format csv|xlsx|vcf [--vcard-version 3.0|4.0] [--entity contacts|companies]
// [--bom] OUT: writes the records (not those in the trash) to OUT, or to standard output
// for "-"; vCards are for contacts only. A file is
// written beside OUT and renamed at the end, so a failed export leaves OUT as it was.
class ExportCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString synopsis() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(const QCommandLineParser &parser, const QStringList &arguments, CliContext &context) override;
};

} // namespace Kempt
