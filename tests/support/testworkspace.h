#pragma once

#include "storage/workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QVariant>

namespace Kempt::Test {

// A fresh workspace in a temporary folder that disappears with the test.
class TestWorkspace
{
public:
    TestWorkspace()
    {
        const Result r = m_workspace.create(path());
        if (!r)
            qFatal("cannot create test workspace: %s", qPrintable(r.message()));
        // A failing command only signals; make it visible in the test log.
        QObject::connect(&m_workspace, &Workspace::errorOccurred,
                         [](const QString &message) { qWarning("workspace error: %s", qPrintable(message)); });
    }
    QString path() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }
    QString dir() const { return m_dir.path(); }
    Workspace *operator->() { return &m_workspace; }
    Workspace *get() { return &m_workspace; }

    QVariant scalar(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(m_workspace.db());
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (!q.exec() || !q.next())
            return {};
        return q.value(0);
    }

private:
    QTemporaryDir m_dir;
    Workspace m_workspace;
};

} // namespace Kempt::Test
