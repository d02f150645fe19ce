#pragma once

#include "cli/clicommand.h"

namespace Kempt {

// kempt-cli merges [--json]: the merges history, newest first, with the ids unmerge takes.
class MergesCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("merges"); }
    QString synopsis() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(const QCommandLineParser &parser, const QStringList &arguments, CliContext &context) override;
};

} // namespace Kempt
