#pragma once

#include "cli/clicommand.h"

namespace Kempt {

// kempt-cli audit [--json] [--top N]: runs the full data-quality audit (Auditor), which
// replaces the stored findings and stores a snapshot of the scores, then prints the
// scores, the findings per rule and the records with most to do.
class AuditCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("audit"); }
    QString synopsis() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(const QCommandLineParser &parser, const QStringList &arguments, CliContext &context) override;
};

} // namespace Kempt
