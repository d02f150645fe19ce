#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Kempt {

// The raw material of the sample workspace: invented companies in many countries and
// names from the cultures a European CRM meets, in their own scripts.
class SampleDataSource
{
public:
    struct Name
    {
        QString native;
        QString latin; // how the name appears in e-mail addresses
    };

    enum class FemaleSurname { Same, AddA, PolishSka };

    struct Culture
    {
        QString key;
        QList<Name> male;
        QList<Name> female;
        QList<Name> last;
        FemaleSurname femaleSurname = FemaleSurname::Same;
    };

    struct Country
    {
        QString code;    // ISO 3166-1 alpha-2
        QString dial;    // country calling code without "+"
        QString mobile;  // a mobile prefix after the calling code
        QString culture; // Culture::key of most people there
        bool trunkZero;  // national numbers are written with a leading 0
    };

    struct Company
    {
        QString name;
        QString legalForm;
        QString industry;
        QString size;
        QString country;
        QString city;
        QString postcode;
        QString street;
        QString domain;
        QString area; // area code as written after the country code
    };

    struct Job
    {
        QString title;
        QString department;
    };

    static const QList<Culture> &cultures();
    static const Culture &culture(const QString &key);
    static const QList<Country> &countries();
    static const Country &country(const QString &code);
    static const QList<Company> &companies();
    static const QList<Job> &jobs();
    static QStringList owners();
    static QStringList leadSources();
    static QStringList contactTags();
    static QStringList languages();
    static QStringList unsubscribeReasons();
    static QStringList dealProducts();
    static QStringList lostReasons();
    static QStringList noteTexts();
    static QStringList callSubjects();
    static QStringList emailSubjects();
    static QStringList meetingSubjects();
    static QStringList taskSubjects();

    // "Jürgen Müller" -> "jurgen", "muller": what a mail server would accept.
    static QString asciiOf(const QString &text);
    static QString femaleSurname(const Culture &culture, const Name &name, bool latin);
};

} // namespace Kempt
