#include "io/columnmapper.h"

#include <QFile>
#include <QTest>

using namespace Kempt;

// Spreadsheet headers map to contact fields as a person would map them, in four languages
// and in the export formats of the common address books and CRMs.
class TestColumnMapper : public QObject
{
    Q_OBJECT

private:
    static QString fieldOf(const QString &header)
    {
        const QList<ColumnMapper::Column> columns = ColumnMapper::map({header});
        return columns.first().ignored ? QStringLiteral("(ignored)") : columns.first().field;
    }
    static QStringList headersOf(const QString &file, int line = 0)
    {
        QFile f(QStringLiteral(KEMPT_TEST_DATA "/dedup/headers/") + file);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        const QStringList lines = QString::fromUtf8(f.readAll()).remove(QChar(0xFEFF)).split(QLatin1Char('\n'));
        return lines.value(line).trimmed().split(QLatin1Char(','));
    }

private Q_SLOTS:
    void headersMapToFields_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("field");
        const QList<std::pair<const char *, const char *>> cases = {
            {"given_name", "first_name"}, {"First Name", "first_name"}, {"FirstName", "first_name"}, {"first_name", "first_name"},
            {"surname", "last_name"}, {"Last Name", "last_name"}, {"last_name", "last_name"}, {"Family Name", "last_name"},
            {"dob", "birthday"}, {"date_of_birth", "birthday"}, {"Birthdate", "birthday"}, {"email", "email"},
            {"E-mail Address", "email"}, {"E-mail 2 Address", "email"}, {"E-mail 1 - Value", "email"}, {"suburb", "city"},
            {"postcode", "postcode"}, {"Home ZipCode", "postcode"}, {"MailingPostalCode", "postcode"}, {"city", "city"},
            {"street", "street"}, {"address_1", "street"}, {"address_2", "street"}, {"street_number", "street"},
            {"Business Street 2", "street"}, {"phone", "phone"}, {"Mobile Phone", "phone"}, {"Phone Number", "phone"},
            {"soc_sec_id", "(ignored)"}, {"rec_id", "(ignored)"}, {"Record ID", "(ignored)"}, {"AccountId", "(ignored)"},
            {"E-mail 1 - Label", "(ignored)"}, {"Phonetic First Name", "(ignored)"}, {"Business Fax", "(ignored)"},
            {"Organization Name", "company"}, {"Account Name", "company"}, {"Company", "company"}, {"Job Title", "job_title"},
            {"Position", "job_title"}, {"Country/Region", "country"}, {"Name", "display_name"}, {"Display Name", "display_name"},
            {"Birth Year", "birthday"}, {"Web Page", "website"}, {"URL", "website"}, {"Contact owner", "owner"},
            {"Имя", "first_name"}, {"Фамилия", "last_name"}, {"Отчество", "middle_name"}, {"Электронная почта", "email"},
            {"Телефон", "phone"}, {"Город", "city"}, {"Дата рождения", "birthday"}, {"Почтовый индекс", "postcode"},
            {"الاسم الأول", "first_name"}, {"اسم العائلة", "last_name"}, {"البريد الإلكتروني", "email"}, {"رقم الهاتف", "phone"},
            {"المدينة", "city"}, {"تاريخ الميلاد", "birthday"}, {"الشركة", "company"},
            {"نام", "first_name"}, {"نام خانوادگی", "last_name"}, {"ایمیل", "email"}, {"تلفن همراه", "phone"},
            {"شهر", "city"}, {"کد پستی", "postcode"}, {"تاریخ تولد", "birthday"}, {"شرکت", "company"},
            {"Nonsense column", ""},
        };
        for (const auto &[header, field] : cases)
            QTest::newRow(header) << QString::fromUtf8(header) << QString::fromUtf8(field);
    }
    void headersMapToFields()
    {
        QFETCH(QString, header);
        QFETCH(QString, field);
        QCOMPARE(fieldOf(header), field);
    }

    void severalColumnsMapToOneFieldInColumnOrder()
    {
        const QList<ColumnMapper::Column> m = ColumnMapper::map({QStringLiteral("E-mail Address"), QStringLiteral("Name"),
                                                                 QStringLiteral("E-mail 2 Address"), QStringLiteral("E-mail 3 Address")});
        QCOMPARE(ColumnMapper::columnsFor(m, QStringLiteral("email")), (QList<int>{0, 2, 3}));
    }

    void birthdayPartsAreMarked()
    {
        const QList<ColumnMapper::Column> m = ColumnMapper::map({QStringLiteral("Birth Year"), QStringLiteral("Birth Month"), QStringLiteral("Birth Day")});
        QCOMPARE(m.at(0).part, QStringLiteral("year"));
        QCOMPARE(m.at(1).part, QStringLiteral("month"));
        QCOMPARE(m.at(2).part, QStringLiteral("day"));
    }

    void titleIsASalutationBesideAJobTitle()
    {
        const QList<ColumnMapper::Column> outlook = ColumnMapper::map({QStringLiteral("Title"), QStringLiteral("First Name"), QStringLiteral("Job Title")});
        QCOMPARE(outlook.at(0).field, QStringLiteral("salutation"));
        const QList<ColumnMapper::Column> salesforce = ColumnMapper::map({QStringLiteral("Salutation"), QStringLiteral("Title")});
        QCOMPARE(salesforce.at(1).field, QStringLiteral("job_title"));
    }

    void exactHeadersAreSurerThanGuesses()
    {
        const QList<ColumnMapper::Column> m = ColumnMapper::map({QStringLiteral("email"), QStringLiteral("Home E-mail"), QStringLiteral("Car Phone")});
        QCOMPARE(m.at(0).confidence, 1.0);
        QVERIFY(m.at(1).confidence < 1.0 && m.at(1).field == QLatin1String("email"));
        QVERIFY(m.at(2).confidence < m.at(1).confidence);
    }

    void exportFormatsMapTheirNameAndContactColumns_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::newRow("google") << "google_contacts.csv" << 0;
        QTest::newRow("google legacy") << "google_contacts_legacy.csv" << 0;
        QTest::newRow("outlook desktop") << "outlook_desktop.csv" << 0;
        QTest::newRow("outlook.com") << "outlook_com.csv" << 0;
        QTest::newRow("thunderbird") << "thunderbird.csv" << 0;
        QTest::newRow("linkedin") << "linkedin_connections.csv" << 3;
        QTest::newRow("hubspot") << "hubspot_contacts.csv" << 0;
        QTest::newRow("salesforce report") << "salesforce_contacts_report.csv" << 0;
        QTest::newRow("salesforce api") << "salesforce_contact_api_names.csv" << 0;
    }
    void exportFormatsMapTheirNameAndContactColumns()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        const QStringList headers = headersOf(file, line);
        QVERIFY2(headers.size() > 3, qPrintable(file));
        const QList<ColumnMapper::Column> m = ColumnMapper::map(headers);
        QVERIFY(!ColumnMapper::columnsFor(m, QStringLiteral("first_name")).isEmpty() || !ColumnMapper::columnsFor(m, QStringLiteral("display_name")).isEmpty());
        QVERIFY(!ColumnMapper::columnsFor(m, QStringLiteral("email")).isEmpty());
        // Nothing is mapped twice to a one-value name field.
        QVERIFY(ColumnMapper::columnsFor(m, QStringLiteral("first_name")).size() <= 1);
        QVERIFY(ColumnMapper::columnsFor(m, QStringLiteral("last_name")).size() <= 1);
    }
};

QTEST_GUILESS_MAIN(TestColumnMapper)
#include "tst_columnmapper.moc"
