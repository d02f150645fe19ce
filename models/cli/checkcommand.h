#pragma once

#include "cli/clicommand.h"

namespace Kempt {

class FieldChecker;

// kempt-cli check --field email|phone|name|company|country|date [--region XX]
// [--order dmy|mdy|ymd]: reads one value a line from standard input and writes
//   input<TAB>normalized<TAB>valid|warning|invalid<TAB>reason<TAB>suggestion
// for each. It streams: input is read in large blocks, each block is judged by two
// threads and written in order, so a file of millions of addresses never sits in
// memory. Control characters inside a field are written as U+2400+n (a tab as ␉), so
// every output line has exactly five fields.
class CheckCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("check"); }
    QString synopsis() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(const QCommandLineParser &parser, const QStringList &arguments, CliContext &context) override;
};

} // namespace Kempt
