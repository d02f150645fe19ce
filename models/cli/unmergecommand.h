#pragma once

#include "cli/clicommand.h"

namespace Kempt {

// kempt-cli unmerge MERGE_ID [--json]: takes a merge back as one change batch of kind
// 'unmerge' and lists the later edits it kept (see UnmergeWriter).
class UnmergeCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("unmerge"); }
    QString synopsis() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(const QCommandLineParser &parser, const QStringList &arguments, CliContext &context) override;
};

} // namespace Kempt
