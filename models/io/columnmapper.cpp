#include "io/columnmapper.h"

#include "quality/editdistance.h"
#include "quality/unicodehygiene.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Kempt {

namespace {

struct Synonym
{
    const char *field;
    const char *part;
    const char *phrases; // '|' separated, written as people write them
};

// The phrases are normalized with the headers at first use, so they may be written with
// any case, punctuation or Arabic/Persian letter variant.
const Synonym kSynonyms[] = {
    {"first_name", "", "first name|firstname|given name|forename|fname|first_name|given_name|christian name|"
                       "имя|имя контакта|الاسم الأول|الاسم الاول|الإسم الأول|اسم|الاسم|نام|اسم کوچک|نام کوچک|"
                       "prenom|vorname|nombre"},
    {"middle_name", "", "middle name|additional name|middle initial|second name|отчество|اسم الأب|نام پدر|"
                        "zweiter vorname"},
    {"last_name", "", "last name|lastname|surname|family name|lname|sur name|фамилия|اسم العائلة|العائلة|"
                      "الكنية|اللقب|نام خانوادگی|فامیل|فامیلی|nom de famille|nom|nachname|apellido|apellidos"},
    {"display_name", "", "name|full name|fullname|display name|contact name|file as|"
                         "фио|полное имя|имя и фамилия|контакт|الاسم الكامل|الاسم بالكامل|نام کامل|نام و نام خانوادگی|"
                         "nom complet|vollständiger name|nombre completo"},
    {"salutation", "", "salutation|prefix|name prefix|courtesy title|обращение|اللقب الشرفي|عنوان"},
    {"email", "", "email|e mail|email address|e mail address|mail|email 2|emailaddress|e mail 2 address|"
                  "электронная почта|эл почта|почта|адрес электронной почты|емейл|имейл|البريد الإلكتروني|"
                  "البريد الالكتروني|البريد|الإيميل|ایمیل|پست الکترونیک|پست الکترونیکی|رایانامه|courriel|e mail adresse"},
    {"phone", "", "phone|telephone|tel|phone number|telephone number|mobile|mobile phone|mobile number|cell|cell phone|"
                  "cellphone|handy|телефон|мобильный|мобильный телефон|номер телефона|тел|сотовый|الهاتف|هاتف|الجوال|"
                  "جوال|رقم الهاتف|رقم الجوال|الموبايل|تلفن|شماره تلفن|شماره|موبایل|تلفن همراه|همراه|telefon|telefono|"
                  "telephone portable"},
    {"company", "", "company|company name|organization|organisation|organization name|org|account name|account|"
                    "employer|business name|компания|организация|название компании|место работы|الشركة|شركة|اسم الشركة|"
                    "المؤسسة|جهة العمل|شرکت|نام شرکت|سازمان|firma|societe|entreprise|empresa|unternehmen"},
    {"job_title", "", "job title|jobtitle|position|role|occupation|designation|profession|organization title|"
                      "должность|позиция|المسمى الوظيفي|الوظيفة|المنصب|سمت|عنوان شغلی|شغل|poste|beruf|cargo"},
    {"department", "", "department|dept|division|отдел|подразделение|القسم|الإدارة|دپارتمان|واحد|abteilung"},
    {"street", "", "street|street address|address|address 1|address line 1|address line 2|address 2|address1|address2|"
                   "address_1|address_2|street 2|street 3|street number|street_number|house number|house|building|"
                   "po box|address po box|extended address|улица|адрес|дом|الشارع|العنوان|عنوان الشارع|خیابان|آدرس|"
                   "نشانی|rue|adresse|strasse|straße|calle|direccion"},
    {"city", "", "city|town|suburb|locality|municipality|город|населенный пункт|населённый пункт|المدينة|مدينة|شهر|"
                 "ville|stadt|ort|ciudad|localidad"},
    {"region", "", "state|region|province|county|state province|state/province|territory|prefecture|область|регион|"
                   "край|المنطقة|الولاية|المحافظة|الإقليم|استان|bundesland|provincia|estado"},
    {"postcode", "", "postcode|postal code|post code|zip|zip code|zipcode|zip postal code|postleitzahl|plz|"
                     "индекс|почтовый индекс|الرمز البريدي|رمز البريد|کد پستی|كد پستي|code postal|codigo postal|cp"},
    {"country", "", "country|country region|nation|country code|страна|الدولة|البلد|دولة|کشور|pays|land|pais"},
    {"birthday", "", "birthday|birth date|birthdate|date of birth|dob|date_of_birth|born|birth|день рождения|"
                     "дата рождения|تاريخ الميلاد|تاریخ تولد|تولد|date de naissance|geburtsdatum|geburtstag|"
                     "fecha de nacimiento"},
    {"birthday", "year", "birth year|year of birth|год рождения|سنة الميلاد|سال تولد"},
    {"birthday", "month", "birth month|month of birth|месяц рождения|شهر الميلاد|ماه تولد"},
    {"birthday", "day", "birth day|day of birth|день рождения число|يوم الميلاد|روز تولد"},
    {"website", "", "website|web site|web page|webpage|url|homepage|home page|site|сайт|веб сайт|الموقع|الموقع الإلكتروني|"
                    "وب سایت|وبسایت|سایت"},
    {"owner", "", "owner|contact owner|account owner|record owner|assigned to|ответственный|владелец|المسؤول|"
                  "المالك|مسئول|مالک"},
    {"lead_source", "", "lead source|source|origin|источник|المصدر|منبع"},
    {"created_at", "", "created|created at|created date|create date|date created|creation date|added|date added|"
                       "connected on|дата создания|تاريخ الإنشاء|تاریخ ایجاد"},
    {"tags", "", "tags|tag|labels|categories|keywords|group membership|groups|метки|теги|الوسوم|برچسب ها"},
};

// Identifiers from other systems and data that must not be imported: recognised, so that
// they are not guessed to be something else, and left out.
const char *const kIgnored =
    "id|record id|rec id|unique id|uid|uuid|guid|cluster|cluster id|entity id|ent id|person id|soc sec id|ssn|"
    "social security|social security number|national id|government id number|passport|passport number|"
    "organizational id number|tax id|inn|снилс|инн|паспорт|رقم الهوية|الرقم القومي|کد ملی|شماره ملی";

// Words that make a column about something other than the contact's own field: another
// person (Manager's Name), a reading aid (Yomi, Phonetic First Name), a fax or pager
// number, an instant-messaging address, a nickname.
const char *const kOtherWords =
    "im|fax|pager|telex|yomi|phonetic|manager|assistant|spouse|children|referred|partner|nickname|"
    "initials|suffix|maiden|short|screen";

// Words that say which of several values a column holds, not what it is.
const char *const kQualifiers =
    "home|business|work|other|mailing|billing|shipping|primary|secondary|personal|private|main|contact|value|"
    "office|alternate|alt|additional|default|preferred|домашний|рабочий|основной|другой|المنزل|العمل|خانه|محل کار";

QString splitCamelCase(const QString &header)
{
    QString out;
    out.reserve(header.size() + 8);
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QChar c = header.at(i);
        if (i > 0 && c.isUpper() && header.at(i - 1).isLower())
            out += QLatin1Char(' ');
        out += c;
    }
    return out;
}

QString fold(const QString &text)
{
    const QString key = UnicodeHygiene::matchKey(splitCamelCase(text));
    QString out;
    out.reserve(key.size());
    bool space = false;
    for (const QChar c : key) {
        if (c.isLetterOrNumber() || c.isMark()) {
            if (space && !out.isEmpty())
                out += QLatin1Char(' ');
            space = false;
            out += c;
        } else {
            space = true;
        }
    }
    return out;
}

QSet<QString> foldedSet(const char *list)
{
    QSet<QString> set;
    for (const QString &p : QString::fromUtf8(list).split(QLatin1Char('|')))
        set.insert(fold(p));
    return set;
}

struct Target
{
    QString field;
    QString part;
};

struct Tables
{
    QHash<QString, Target> phrases;
    QSet<QString> ignored;
    QSet<QString> qualifiers;
    QSet<QString> otherWords;
    int longestPhrase = 1; // in words

    Tables()
    {
        for (const Synonym &s : kSynonyms)
            for (const QString &p : QString::fromUtf8(s.phrases).split(QLatin1Char('|'))) {
                const QString key = fold(p);
                if (!phrases.contains(key))
                    phrases.insert(key, {QString::fromLatin1(s.field), QString::fromLatin1(s.part)});
                longestPhrase = qMax(longestPhrase, int(key.count(QLatin1Char(' '))) + 1);
            }
        ignored = foldedSet(kIgnored);
        qualifiers = foldedSet(kQualifiers);
        otherWords = foldedSet(kOtherWords);
    }
};

const Tables &tables()
{
    static const Tables t;
    return t;
}

bool isNumber(const QString &word)
{
    bool ok = false;
    word.toInt(&ok);
    return ok;
}

void guess(ColumnMapper::Column &column)
{
    const Tables &t = tables();
    const QString key = fold(column.header);
    if (key.isEmpty())
        return;
    const auto take = [&column](const Target &target, double confidence) {
        column.field = target.field;
        column.part = target.part;
        column.confidence = confidence;
    };
    if (t.ignored.contains(key)) {
        column.ignored = true;
        column.confidence = 1;
        return;
    }
    if (auto it = t.phrases.constFind(key); it != t.phrases.constEnd())
        return take(*it, 1.0);

    QStringList words = key.split(QLatin1Char(' '));
    // Google's "E-mail 1 - Label" and Outlook's "E-mail Type" describe the value beside them;
    // an identifier of another record ("AccountId", "Owner ID") is no contact field.
    const bool describes = words.contains(QLatin1String("label")) || words.contains(QLatin1String("type"));
    const bool otherRecord = words.size() > 1 && words.last() == QLatin1String("id");
    const bool other = std::any_of(words.cbegin(), words.cend(), [&t](const QString &w) { return t.otherWords.contains(w); });
    if (describes || otherRecord || other) {
        column.ignored = true;
        column.confidence = 0.9;
        return;
    }
    QStringList core;
    for (const QString &w : words)
        if (!isNumber(w) && !t.qualifiers.contains(w))
            core << w;
    const QString stripped = core.join(QLatin1Char(' '));
    if (!stripped.isEmpty()) {
        if (t.ignored.contains(stripped)) {
            column.ignored = true;
            column.confidence = 0.9;
            return;
        }
        if (auto it = t.phrases.constFind(stripped); it != t.phrases.constEnd())
            return take(*it, 0.9);
    }
    // The longest known phrase that ends the header, where English and the CamelCase of
    // APIs put the noun: "Car Phone", "Organization Department". A bare "name" is too
    // vague for this (Screen Name, Maiden Name).
    for (int len = qMin(t.longestPhrase, int(core.size()) - 1); len >= 1; --len) {
        const QString phrase = core.mid(core.size() - len).join(QLatin1Char(' '));
        if (phrase.size() < 3 || phrase == QLatin1String("name"))
            continue;
        if (auto it = t.phrases.constFind(phrase); it != t.phrases.constEnd())
            return take(*it, 0.7);
    }
    // A typo in a longer word ("Adress", "Phnoe").
    if (stripped.size() >= 5)
        for (auto it = t.phrases.constBegin(); it != t.phrases.constEnd(); ++it)
            if (it.key().size() >= 5 && editDistance(stripped, it.key(), 1) <= 1)
                return take(it.value(), 0.5);
}

} // namespace

QString ColumnMapper::normalizedHeader(const QString &header)
{
    const Tables &t = tables();
    QStringList core;
    for (const QString &w : fold(header).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (!isNumber(w) && !t.qualifiers.contains(w))
            core << w;
    return core.join(QLatin1Char(' '));
}

QList<ColumnMapper::Column> ColumnMapper::map(const QStringList &headers)
{
    QList<Column> columns;
    for (int i = 0; i < headers.size(); ++i) {
        Column c;
        c.index = i;
        c.header = headers.at(i);
        guess(c);
        columns << c;
    }
    // "Title" is a salutation beside a "Job Title" column (Outlook) and a job title beside
    // a "Salutation" column (Salesforce).
    const auto has = [&columns](const QString &field, int except) {
        return std::any_of(columns.cbegin(), columns.cend(),
                           [&](const Column &c) { return c.index != except && c.field == field; });
    };
    for (Column &c : columns) {
        if (fold(c.header) != QLatin1String("title"))
            continue;
        if (has(QStringLiteral("job_title"), c.index)) {
            c.field = QStringLiteral("salutation");
            c.confidence = 0.8;
        } else {
            c.field = QStringLiteral("job_title");
            c.confidence = has(QStringLiteral("salutation"), c.index) ? 0.8 : 0.5;
        }
    }
    return columns;
}

QList<int> ColumnMapper::columnsFor(const QList<Column> &mapping, const QString &field)
{
    QList<int> indexes;
    for (const Column &c : mapping)
        if (c.field == field && !c.ignored)
            indexes << c.index;
    return indexes;
}

} // namespace Kempt
