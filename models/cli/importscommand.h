#pragma once

#include "cli/clicommand.h"

namespace Kempt {

// kempt-cli imports: the Import history, newest first.
class ImportsCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("imports"); }
    QString synopsis() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(const QCommandLineParser &parser, const QStringList &arguments, CliContext &context) override;
};

} // namespace Kempt
