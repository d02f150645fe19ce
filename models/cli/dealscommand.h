#pragma once

#include "cli/clicommand.h"

namespace Kempt {

// kempt-cli deals [--json]: every pipeline with its stages (open deals, total and
// weighted value), won and lost deals, the win rate and the weighted forecast by month.
class DealsCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("deals"); }
    QString synopsis() const override;
    QString summary() const override;
    QList<std::pair<QString, QString>> usageEntries() const override;
    QList<QCommandLineOption> options() const override;
    int run(const QCommandLineParser &parser, const QStringList &arguments, CliContext &context) override;
};

} // namespace Kempt
