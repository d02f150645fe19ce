#pragma once

#include "cli/clicommand.h"

namespace Kempt {

// kempt-cli sample-data [--contacts N]: fills an empty workspace with invented records.
class SampleDataCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("sample-data"); }
    QString synopsis() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(const QCommandLineParser &parser, const QStringList &arguments, CliContext &context) override;
};

} // namespace Kempt
