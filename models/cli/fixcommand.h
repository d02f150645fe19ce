#pragma once

#include "cli/clicommand.h"

namespace Kempt {

// kempt-cli fix [--rule R] [--dry-run] [--json]: applies the style guide's fixes (all Fix
// rules, or rule R) to every record as one change batch of kind 'fix', which the app
// can undo. --dry-run only shows what would change: records per field and a few
// "before -> after" samples.
class FixCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("fix"); }
    QString synopsis() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(const QCommandLineParser &parser, const QStringList &arguments, CliContext &context) override;
};

} // namespace Kempt
