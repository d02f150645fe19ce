#pragma once

#include "cli/clicommand.h"

namespace Kempt {

// kempt-cli deals report forecast|win-rate|cycle|stage-time|won-lost [--pipeline P]
// [--owner NAME] [--from DATE] [--to DATE] [--currency CODE] [--csv FILE]: one deal
// report as an aligned table, or as CSV (DealReportCsv) into FILE or "-" for standard
// output. Not registered on its own: DealsCommand hands "deals report ..." to it.
class DealsReportCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("report"); }
    QString synopsis() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    // arguments: the report's name (what follows "deals report").
    int run(const QCommandLineParser &parser, const QStringList &arguments, CliContext &context) override;
};

} // namespace Kempt
