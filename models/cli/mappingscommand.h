#pragma once

#include "cli/clicommand.h"

namespace Kempt {

// kempt-cli mappings: the saved column mappings of imports (import --save-mapping NAME),
// with the headers each was made for; --delete NAME removes one.
class MappingsCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("mappings"); }
    QString synopsis() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(const QCommandLineParser &parser, const QStringList &arguments, CliContext &context) override;
};

} // namespace Kempt
