#pragma once

#include <QStringList>
#include <QTextStream>
#include <memory>
#include <vector>

class QIODevice;

namespace Kempt {

class CliCommand;

// kempt-cli: finds the command among the arguments, parses the global and the
// command's options, and runs it. Exit status 0 on success, 1 when the work failed,
// 2 for a usage error (the usage goes to standard error then).
class CliApp
{
public:
    CliApp(QTextStream &out, QTextStream &err, QIODevice *rawOut);
    ~CliApp();

    int run(const QStringList &arguments);
    QString usage() const;

private:
    CliCommand *command(const QString &name) const;

    QTextStream &m_out;
    QTextStream &m_err;
    QIODevice *m_rawOut;
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace Kempt
