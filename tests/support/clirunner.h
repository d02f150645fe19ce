#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace Kempt::Test {

// Runs the real kempt-cli with a private HOME inside a temporary folder, so that its
// default workspace and settings never touch the machine's.
class CliRunner
{
public:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    QString path(const QString &name) const { return m_dir.filePath(name); }

    Run operator()(const QStringList &arguments, const QByteArray &input = QByteArray(), int timeoutMs = 240000) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral(KEMPT_CLI_PATH), arguments);
        Run run;
        if (!p.waitForStarted())
            return run;
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            return run;
        }
        run.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        run.out = QString::fromUtf8(p.readAllStandardOutput());
        run.err = QString::fromUtf8(p.readAllStandardError());
        return run;
    }

private:
    QTemporaryDir m_dir;
};

} // namespace Kempt::Test
