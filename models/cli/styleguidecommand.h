#pragma once

#include "cli/clicommand.h"

namespace Kempt {

class StyleGuide;

// kempt-cli style-guide export FILE | import FILE [--comment TEXT] | history: the team's
// data rules as a JSON file. Export writes the active guide (the shipped default when
// none is stored); import checks the whole file first, and stores it as the next version
// only when every rule reads, so a broken file changes nothing and the message names the
// rule at fault.
class StyleGuideCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("style-guide"); }
    QString synopsis() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(const QCommandLineParser &parser, const QStringList &arguments, CliContext &context) override;

private:
    int exportGuide(const QString &target, CliContext &context);
    int importGuide(const QString &source, const QString &comment, CliContext &context);
    int history(CliContext &context);
};

} // namespace Kempt
