#pragma once

#include "cli/clicommand.h"

namespace Kempt {

// kempt-cli init [FILE]: creates a new, empty workspace and never touches an existing file.
class InitCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("init"); }
    QString synopsis() const override;
    QString summary() const override;
    int run(const QCommandLineParser &parser, const QStringList &arguments, CliContext &context) override;
};

} // namespace Kempt
