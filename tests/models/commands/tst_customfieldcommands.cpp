#include "commands/createcustomfield.h"
#include "commands/deletecustomfield.h"
#include "storage/sqlerror.h"
#include "storage/workspace.h"
#include "stores/customfieldstore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace Kempt;

class TestCustomFieldCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void createCustomFieldIsLabelledAndUndone();
    void deleteCustomFieldIsUndoneWithItsValues();
    void aRefusedFieldLeavesNoUndoStep();

private:
    QStringList values() const;

    QTemporaryDir *m_dir = nullptr;
    Workspace *m_ws = nullptr;
};

void TestCustomFieldCommands::init()
{
    m_dir = new QTemporaryDir;
    m_ws = new Workspace;
    QVERIFY(m_ws->create(m_dir->filePath(QStringLiteral("fields.kempt"))).ok());
}

void TestCustomFieldCommands::cleanup()
{
    delete m_ws;
    delete m_dir;
    m_ws = nullptr;
    m_dir = nullptr;
}

QStringList TestCustomFieldCommands::values() const
{
    QStringList result;
    QSqlQuery q(m_ws->db());
    q.exec(QStringLiteral("SELECT field_id || ':' || entity_id || ':' || value FROM custom_values ORDER BY 1"));
    while (q.next())
        result << q.value(0).toString();
    return result;
}

void TestCustomFieldCommands::createCustomFieldIsLabelledAndUndone()
{
    CustomFieldDef def;
    def.entity = Entity::Company;
    def.label = QStringLiteral("Region");
    m_ws->undoStack()->push(new CreateCustomField(m_ws, def));
    QCOMPARE(m_ws->undoStack()->undoText(), QStringLiteral("Add company field Region"));
    const QList<CustomFieldDef> fields = CustomFieldStore(m_ws->db()).list(Entity::Company);
    QCOMPARE(fields.size(), 1);
    QCOMPARE(fields.first().key, QStringLiteral("region"));

    m_ws->undoStack()->undo();
    QVERIFY(CustomFieldStore(m_ws->db()).list(Entity::Company).isEmpty());
    m_ws->undoStack()->redo();
    QCOMPARE(CustomFieldStore(m_ws->db()).list(Entity::Company).first().id, fields.first().id);
}

void TestCustomFieldCommands::deleteCustomFieldIsUndoneWithItsValues()
{
    CustomFieldDef def;
    def.label = QStringLiteral("Tier");
    def.type = CustomFieldType::Choice;
    def.choices = {QStringLiteral("Gold"), QStringLiteral("Silver")};
    m_ws->undoStack()->push(new CreateCustomField(m_ws, def));
    const qint64 id = CustomFieldStore(m_ws->db()).list(Entity::Contact).first().id;
    QVERIFY(m_ws->write(BatchKind::Edit, QStringLiteral("values"), [id](QSqlDatabase db) {
        QSqlQuery q(db);
        return exec(q, QStringLiteral("INSERT INTO custom_values(field_id, entity_id, value) VALUES (?, 1, 'Gold'), (?, 2, 'Silver')"),
                    {id, id});
    }).ok());
    const QStringList before = values();

    auto *del = new DeleteCustomField(m_ws, id);
    QCOMPARE(del->text(), QStringLiteral("Delete contact field Tier"));
    m_ws->undoStack()->push(del);
    QVERIFY(values().isEmpty());
    QVERIFY(!CustomFieldStore(m_ws->db()).find(id));

    m_ws->undoStack()->undo();
    QCOMPARE(values(), before);
    QCOMPARE(CustomFieldStore(m_ws->db()).find(id)->choices, def.choices);
}

void TestCustomFieldCommands::aRefusedFieldLeavesNoUndoStep()
{
    CustomFieldDef def;
    def.label = QStringLiteral("Tier");
    def.type = CustomFieldType::Choice;
    m_ws->undoStack()->push(new CreateCustomField(m_ws, def));
    QCOMPARE(m_ws->undoStack()->count(), 0);
    QVERIFY(CustomFieldStore(m_ws->db()).list(Entity::Contact).isEmpty());
}

QTEST_GUILESS_MAIN(TestCustomFieldCommands)
#include "tst_customfieldcommands.moc"
