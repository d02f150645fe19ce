#pragma once

#include "cli/clicommand.h"

namespace Kempt {

// kempt-cli dedupe: finds duplicate contacts in the workspace, or duplicate people in a
// CSV spreadsheet (--file, with --id-column naming the column of record ids), prints the
// groups by band with sample explanations (or JSON), and writes the scored pairs
// (id_a,id_b,score,band) and the groups (id,cluster_id) as CSV when asked. A workspace
// scan respects pairs marked "not a duplicate" and refreshes the stored match model and
// blocking keys that the incremental check uses.
class DedupeCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("dedupe"); }
    QString synopsis() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(const QCommandLineParser &parser, const QStringList &arguments, CliContext &context) override;
};

} // namespace Kempt
