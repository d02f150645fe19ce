#include "io/sampledatasource.h"

#include <array>
#include <initializer_list>
#include <utility>

namespace Kempt {

namespace {

using Name = SampleDataSource::Name;
using Pair = std::pair<const char *, const char *>;

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// Names in Latin script; their e-mail form is derived.
QList<Name> latin(std::initializer_list<const char *> list)
{
    QList<Name> names;
    for (const char *n : list)
        names << Name{u(n), SampleDataSource::asciiOf(u(n))};
    return names;
}

// German addresses write umlauts out (Jürgen -> juergen) instead of dropping the dots.
QList<Name> german(std::initializer_list<const char *> list)
{
    QList<Name> names;
    for (const char *n : list) {
        QString spelled = u(n);
        spelled.replace(QChar(0xE4), QLatin1String("ae")).replace(QChar(0xF6), QLatin1String("oe")).replace(QChar(0xFC), QLatin1String("ue"));
        names << Name{u(n), SampleDataSource::asciiOf(spelled)};
    }
    return names;
}

// Names in another script with the transliteration people use in their addresses.
QList<Name> script(std::initializer_list<Pair> list)
{
    QList<Name> names;
    for (const Pair &p : list)
        names << Name{u(p.first), u(p.second)};
    return names;
}

QStringList strings(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *s : list)
        result << u(s);
    return result;
}

} // namespace

QString SampleDataSource::asciiOf(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c == QLatin1Char(' ') || c == QLatin1Char('-'))
            out += QLatin1Char('-');
        else if (c.unicode() < 128 && c.isLetterOrNumber())
            out += c.toLower();
        else if (c == QChar(0x131)) // dotless i
            out += QLatin1Char('i');
        else if (c == QChar(0x142) || c == QChar(0x141)) // ł
            out += QLatin1Char('l');
        else if (c == QChar(0xF8) || c == QChar(0xD8)) // ø
            out += QLatin1Char('o');
        else if (c == QChar(0xDF))
            out += QLatin1String("ss");
        else if (c == QChar(0xE6))
            out += QLatin1String("ae");
    }
    return out;
}

QString SampleDataSource::femaleSurname(const Culture &culture, const Name &name, bool inLatin)
{
    const QString base = inLatin ? name.latin : name.native;
    switch (culture.femaleSurname) {
    case FemaleSurname::Same:
        return base;
    case FemaleSurname::AddA:
        return base + (inLatin ? QStringLiteral("a") : QString(QChar(0x430)));
    case FemaleSurname::PolishSka:
        if (base.endsWith(QLatin1String("ski")) || base.endsWith(QLatin1String("cki")))
            return base.left(base.size() - 1) + QLatin1Char('a');
        return base;
    }
    return base;
}

const QList<SampleDataSource::Culture> &SampleDataSource::cultures()
{
    static const QList<Culture> list = {
        {QStringLiteral("de"),
         german({"Lukas", "Maximilian", "Jonas", "Felix", "Thomas", "Stefan", "Andreas", "Jürgen", "Matthias", "Tobias"}),
         german({"Anna", "Laura", "Sophie", "Katharina", "Julia", "Sabine", "Claudia", "Jana", "Lena", "Miriam"}),
         german({"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
                "Hoffmann", "Koch", "Richter", "Wolf", "Schröder", "Neumann", "Zimmermann", "Krüger", "Hartmann"})},
        {QStringLiteral("en"),
         latin({"James", "Oliver", "William", "Daniel", "Michael", "Robert", "Ethan", "Samuel", "David", "Christopher"}),
         latin({"Emma", "Olivia", "Charlotte", "Grace", "Emily", "Hannah", "Sarah", "Jessica", "Megan", "Rachel"}),
         latin({"Smith", "Johnson", "Williams", "Brown", "Taylor", "Wilson", "Davies", "Evans", "Thompson",
                "Walker", "Robinson", "Clarke", "Wright", "Mitchell", "Carter", "O'Brien", "Murphy", "Campbell"})},
        {QStringLiteral("fr"),
         latin({"Julien", "Antoine", "Nicolas", "Étienne", "François", "Mathieu", "Hugo", "Louis"}),
         latin({"Camille", "Élodie", "Chloé", "Manon", "Léa", "Margaux", "Amélie", "Céline"}),
         latin({"Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Laurent", "Girard", "Fontaine", "Rousseau",
                "Lambert", "Dupont", "Mercier"})},
        {QStringLiteral("es"),
         latin({"Javier", "Alejandro", "Carlos", "Diego", "Pablo", "Sergio", "Andrés"}),
         latin({"Lucía", "María", "Carmen", "Isabel", "Paula", "Elena", "Sofía"}),
         latin({"García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez",
                "Ruiz", "Navarro", "Ortega"})},
        {QStringLiteral("it"),
         latin({"Marco", "Luca", "Giuseppe", "Alessandro", "Matteo", "Davide", "Francesco"}),
         latin({"Giulia", "Francesca", "Chiara", "Valentina", "Sara", "Elisa", "Martina"}),
         latin({"Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino",
                "Greco", "Bruno", "Gallo"})},
        {QStringLiteral("nl"),
         latin({"Daan", "Sem", "Thijs", "Bram", "Joost", "Pieter"}),
         latin({"Sanne", "Fleur", "Lotte", "Anouk", "Eva", "Femke"}),
         latin({"de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Visser", "Smit", "Meijer",
                "de Boer"})},
        {QStringLiteral("pl"),
         latin({"Łukasz", "Piotr", "Krzysztof", "Tomasz", "Paweł", "Michał"}),
         latin({"Agnieszka", "Katarzyna", "Magdalena", "Małgorzata", "Joanna", "Zofia"}),
         latin({"Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński",
                "Szymański", "Dąbrowski", "Jankowski"}),
         FemaleSurname::PolishSka},
        {QStringLiteral("tr"),
         latin({"Mehmet", "Mustafa", "Ahmet", "Emre", "Burak", "Can", "Oğuz"}),
         latin({"Ayşe", "Elif", "Zeynep", "Fatma", "Selin", "Deniz", "Gül"}),
         latin({"Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Arslan", "Doğan"})},
        {QStringLiteral("nordic"),
         latin({"Erik", "Lars", "Anders", "Johan", "Magnus", "Henrik"}),
         latin({"Ingrid", "Astrid", "Sofia", "Maja", "Sigrid", "Karin"}),
         latin({"Andersson", "Johansson", "Karlsson", "Nilsson", "Lindqvist", "Berg", "Hansen", "Johansen",
                "Sørensen", "Solberg", "Dahl", "Strand"})},
        {QStringLiteral("ru"),
         script({{"Алексей", "aleksey"}, {"Дмитрий", "dmitry"}, {"Сергей", "sergey"}, {"Иван", "ivan"},
                 {"Андрей", "andrey"}, {"Михаил", "mikhail"}, {"Николай", "nikolay"}, {"Павел", "pavel"}}),
         script({{"Мария", "maria"}, {"Ольга", "olga"}, {"Екатерина", "ekaterina"}, {"Анна", "anna"},
                 {"Наталья", "natalya"}, {"Татьяна", "tatiana"}, {"Юлия", "yulia"}, {"Светлана", "svetlana"}}),
         script({{"Иванов", "ivanov"}, {"Смирнов", "smirnov"}, {"Кузнецов", "kuznetsov"}, {"Попов", "popov"},
                 {"Соколов", "sokolov"}, {"Лебедев", "lebedev"}, {"Козлов", "kozlov"}, {"Новиков", "novikov"},
                 {"Морозов", "morozov"}, {"Волков", "volkov"}, {"Орлов", "orlov"}, {"Фёдоров", "fedorov"}}),
         FemaleSurname::AddA},
        {QStringLiteral("ar"),
         script({{"محمد", "mohammed"}, {"أحمد", "ahmed"}, {"عمر", "omar"}, {"يوسف", "youssef"},
                 {"خالد", "khaled"}, {"علي", "ali"}, {"حسن", "hassan"}, {"كريم", "karim"}}),
         script({{"فاطمة", "fatima"}, {"ليلى", "layla"}, {"سارة", "sara"}, {"نور", "nour"},
                 {"مريم", "mariam"}, {"هدى", "huda"}, {"رنا", "rana"}, {"ياسمين", "yasmin"}}),
         script({{"العلي", "alali"}, {"حسن", "hassan"}, {"منصور", "mansour"}, {"خليل", "khalil"},
                 {"إبراهيم", "ibrahim"}, {"القحطاني", "alqahtani"}, {"الحسيني", "alhusseini"},
                 {"الشمري", "alshammari"}, {"عبد الله", "abdullah"}, {"الزهراني", "alzahrani"},
                 {"سعيد", "saeed"}, {"النجار", "alnajjar"}})},
        {QStringLiteral("fa"),
         script({{"علی", "ali"}, {"رضا", "reza"}, {"امیر", "amir"}, {"حسین", "hossein"},
                 {"مهدی", "mehdi"}, {"محمد", "mohammad"}, {"آرش", "arash"}, {"بابک", "babak"}}),
         script({{"زهرا", "zahra"}, {"مریم", "maryam"}, {"سارا", "sara"}, {"نگار", "negar"},
                 {"فاطمه", "fatemeh"}, {"شیرین", "shirin"}, {"نسرین", "nasrin"}, {"لیلا", "leila"}}),
         script({{"محمدی", "mohammadi"}, {"رضایی", "rezaei"}, {"حسینی", "hosseini"}, {"احمدی", "ahmadi"},
                 {"کریمی", "karimi"}, {"جعفری", "jafari"}, {"موسوی", "mousavi"}, {"نوری", "nouri"},
                 {"کاظمی", "kazemi"}, {"صادقی", "sadeghi"}, {"رحیمی", "rahimi"}, {"تهرانی", "tehrani"}})},
    };
    return list;
}

const SampleDataSource::Culture &SampleDataSource::culture(const QString &key)
{
    for (const Culture &c : cultures())
        if (c.key == key)
            return c;
    return cultures().first();
}

const QList<SampleDataSource::Country> &SampleDataSource::countries()
{
    static const QList<Country> list = {
        {QStringLiteral("DE"), QStringLiteral("49"), QStringLiteral("151"), QStringLiteral("de"), true},
        {QStringLiteral("AT"), QStringLiteral("43"), QStringLiteral("664"), QStringLiteral("de"), true},
        {QStringLiteral("CH"), QStringLiteral("41"), QStringLiteral("79"), QStringLiteral("de"), true},
        {QStringLiteral("GB"), QStringLiteral("44"), QStringLiteral("7700"), QStringLiteral("en"), true},
        {QStringLiteral("US"), QStringLiteral("1"), QString(), QStringLiteral("en"), false},
        {QStringLiteral("CA"), QStringLiteral("1"), QString(), QStringLiteral("en"), false},
        {QStringLiteral("FR"), QStringLiteral("33"), QStringLiteral("6"), QStringLiteral("fr"), true},
        {QStringLiteral("ES"), QStringLiteral("34"), QStringLiteral("6"), QStringLiteral("es"), false},
        {QStringLiteral("IT"), QStringLiteral("39"), QStringLiteral("347"), QStringLiteral("it"), false},
        {QStringLiteral("NL"), QStringLiteral("31"), QStringLiteral("6"), QStringLiteral("nl"), true},
        {QStringLiteral("PL"), QStringLiteral("48"), QStringLiteral("501"), QStringLiteral("pl"), false},
        {QStringLiteral("TR"), QStringLiteral("90"), QStringLiteral("532"), QStringLiteral("tr"), true},
        {QStringLiteral("RU"), QStringLiteral("7"), QStringLiteral("916"), QStringLiteral("ru"), false},
        {QStringLiteral("AE"), QStringLiteral("971"), QStringLiteral("50"), QStringLiteral("ar"), true},
        {QStringLiteral("SA"), QStringLiteral("966"), QStringLiteral("55"), QStringLiteral("ar"), true},
        {QStringLiteral("EG"), QStringLiteral("20"), QStringLiteral("10"), QStringLiteral("ar"), true},
        {QStringLiteral("IR"), QStringLiteral("98"), QStringLiteral("912"), QStringLiteral("fa"), true},
        {QStringLiteral("SE"), QStringLiteral("46"), QStringLiteral("70"), QStringLiteral("nordic"), true},
        {QStringLiteral("NO"), QStringLiteral("47"), QStringLiteral("92"), QStringLiteral("nordic"), false},
    };
    return list;
}

const SampleDataSource::Country &SampleDataSource::country(const QString &code)
{
    for (const Country &c : countries())
        if (c.code == code)
            return c;
    return countries().first();
}

const QList<SampleDataSource::Company> &SampleDataSource::companies()
{
    static const QList<Company> list = [] {
        // name, legal form, industry, size, country, city, postcode, street, domain, area code
        const std::initializer_list<std::array<const char *, 10>> rows = {
            {"Nordwind Logistik", "GmbH", "Logistics", "201–1000", "DE", "Hamburg", "20457", "Am Sandtorkai 12", "nordwind-logistik.de", "40"},
            {"Brennwert Energie", "AG", "Energy", "1000+", "DE", "München", "80331", "Sendlinger Straße 7", "brennwert-energie.de", "89"},
            {"Kiefer & Söhne Maschinenbau", "KG", "Manufacturing", "51–200", "DE", "Stuttgart", "70173", "Königstraße 28", "kiefer-soehne.de", "711"},
            {"Lindgrün Software", "GmbH", "Information technology", "11–50", "DE", "Berlin", "10115", "Invalidenstraße 44", "lindgruen.io", "30"},
            {"Rheinblick Consulting", "GmbH", "Consulting", "11–50", "DE", "Köln", "50667", "Hohe Straße 90", "rheinblick-consulting.de", "221"},
            {"Klinikum Sonnenhang", "gGmbH", "Healthcare", "1000+", "DE", "Frankfurt am Main", "60313", "Zeil 65", "klinikum-sonnenhang.de", "69"},
            {"Praxis Dr. Weber", "", "Healthcare", "1–10", "DE", "Leipzig", "04109", "Markt 3", "praxis-weber.de", "341"},
            {"Alpenglanz Hotels", "GmbH", "Hospitality", "201–1000", "AT", "Wien", "1010", "Kärntner Straße 19", "alpenglanz.at", "1"},
            {"Helvetia Präzision", "AG", "Manufacturing", "51–200", "CH", "Zürich", "8001", "Bahnhofstrasse 55", "helvetia-praezision.ch", "44"},
            {"Thistle & Finch", "Ltd", "Media", "11–50", "GB", "London", "EC2A 4NE", "21 Curtain Road", "thistlefinch.co.uk", "20"},
            {"Harbourside Health", "Ltd", "Healthcare", "201–1000", "GB", "Manchester", "M1 1AE", "8 Piccadilly Gardens", "harbourside-health.co.uk", "161"},
            {"Caledonian Data Systems", "PLC", "Information technology", "201–1000", "GB", "Edinburgh", "EH2 2ER", "45 George Street", "caledoniandata.co.uk", "131"},
            {"Bluegate Analytics", "Inc.", "Information technology", "51–200", "US", "Austin", "78701", "600 Congress Ave", "bluegate-analytics.com", "512"},
            {"Prairie Grain Foods", "LLC", "Agriculture", "201–1000", "US", "Chicago", "60601", "150 N Michigan Ave", "prairiegrain.com", "312"},
            {"Summit Ridge Capital", "LLC", "Financial services", "11–50", "US", "New York", "10004", "17 State Street", "summitridge-capital.com", "212"},
            {"Cascade Robotics", "Inc.", "Manufacturing", "51–200", "US", "Seattle", "98101", "1420 5th Ave", "cascade-robotics.com", "206"},
            {"Maple Leaf Learning", "Inc.", "Education", "11–50", "CA", "Toronto", "M5H 2N2", "100 King St W", "mapleleaflearning.ca", "416"},
            {"Atelier Lumière", "SAS", "Retail", "11–50", "FR", "Paris", "75003", "12 rue de Bretagne", "atelier-lumiere.fr", "1"},
            {"Vignobles Durand", "SARL", "Agriculture", "11–50", "FR", "Bordeaux", "33000", "8 cours de l'Intendance", "vignobles-durand.fr", "5"},
            {"Rhône Énergies", "SA", "Energy", "1000+", "FR", "Lyon", "69002", "25 rue de la République", "rhone-energies.fr", "4"},
            {"Soluciones Brisa", "S.L.", "Consulting", "11–50", "ES", "Madrid", "28013", "Calle Gran Vía 31", "solucionesbrisa.es", "91"},
            {"Mediterránea de Construcciones", "S.A.", "Construction", "201–1000", "ES", "Barcelona", "08002", "Via Laietana 45", "medcon.es", "93"},
            {"Officine Bellini", "S.r.l.", "Manufacturing", "51–200", "IT", "Torino", "10121", "Via Roma 101", "officinebellini.it", "011"},
            {"Tessuti Moretti", "S.p.A.", "Manufacturing", "201–1000", "IT", "Milano", "20121", "Corso Venezia 16", "tessutimoretti.it", "02"},
            {"Grachtenhuis Media", "B.V.", "Media", "11–50", "NL", "Amsterdam", "1015 CJ", "Herengracht 182", "grachtenhuis.nl", "20"},
            {"Polder Logistics", "B.V.", "Logistics", "51–200", "NL", "Rotterdam", "3011 AD", "Coolsingel 40", "polderlogistics.nl", "10"},
            {"Wisła Tech", "sp. z o.o.", "Information technology", "51–200", "PL", "Kraków", "31-042", "Rynek Główny 28", "wislatech.pl", "12"},
            {"Bosfor Tekstil", "A.Ş.", "Manufacturing", "201–1000", "TR", "İstanbul", "34437", "İstiklal Caddesi 120", "bosfortekstil.com.tr", "212"},
            {"Anatolia Turizm", "A.Ş.", "Hospitality", "51–200", "TR", "Antalya", "07100", "Atatürk Caddesi 54", "anatoliaturizm.com.tr", "242"},
            {"Волга Логистик", "ООО", "Logistics", "201–1000", "RU", "Москва", "125009", "ул. Тверская, 15", "volga-logistic.ru", "495"},
            {"Сибирские Технологии", "АО", "Information technology", "51–200", "RU", "Новосибирск", "630099", "Красный проспект, 30", "sibtech.ru", "383"},
            {"Невский Текстиль", "ООО", "Retail", "11–50", "RU", "Санкт-Петербург", "191186", "Невский проспект, 28", "nevsky-textile.ru", "812"},
            {"مجموعة النخيل", "ذ.م.م", "Construction", "1000+", "AE", "دبي", "", "شارع الشيخ زايد", "alnakheel-group.ae", "4"},
            {"Gulf Bridge Consulting", "FZ-LLC", "Consulting", "11–50", "AE", "Dubai", "", "Dubai Internet City, Building 3", "gulfbridge.ae", "4"},
            {"شركة الأفق للتجارة", "ذ.م.م", "Retail", "51–200", "SA", "الرياض", "12211", "طريق الملك فهد", "alofuq-trading.sa", "11"},
            {"دار النيل للنشر", "", "Media", "11–50", "EG", "القاهرة", "11511", "شارع التحرير ١٢", "darelnile.eg", "2"},
            {"پارس داده", "سهامی خاص", "Information technology", "51–200", "IR", "تهران", "1969613411", "خیابان ولیعصر، پلاک ۲۴۰", "parsdadeh.ir", "21"},
            {"آریا صنعت اصفهان", "سهامی عام", "Manufacturing", "201–1000", "IR", "اصفهان", "8174673441", "خیابان چهارباغ عباسی", "aryasanat.ir", "31"},
            {"Nordic Birch Design", "AB", "Retail", "11–50", "SE", "Stockholm", "111 52", "Drottninggatan 45", "nordicbirch.se", "8"},
            {"Fjordlys Energi", "AS", "Energy", "51–200", "NO", "Bergen", "5003", "Bryggen 9", "fjordlys.no", "55"},
        };
        QList<Company> companies;
        for (const auto &r : rows)
            companies << Company{u(r[0]), u(r[1]), u(r[2]), u(r[3]), u(r[4]), u(r[5]), u(r[6]), u(r[7]), u(r[8]), u(r[9])};
        return companies;
    }();
    return list;
}

const QList<SampleDataSource::Job> &SampleDataSource::jobs()
{
    static const QList<Job> list = {
        {QStringLiteral("Chief Executive Officer"), QStringLiteral("Management")},
        {QStringLiteral("Managing Director"), QStringLiteral("Management")},
        {QStringLiteral("Head of Sales"), QStringLiteral("Sales")},
        {QStringLiteral("Account Executive"), QStringLiteral("Sales")},
        {QStringLiteral("Sales Manager"), QStringLiteral("Sales")},
        {QStringLiteral("Marketing Manager"), QStringLiteral("Marketing")},
        {QStringLiteral("Chief Marketing Officer"), QStringLiteral("Marketing")},
        {QStringLiteral("Chief Financial Officer"), QStringLiteral("Finance")},
        {QStringLiteral("Controller"), QStringLiteral("Finance")},
        {QStringLiteral("Head of Procurement"), QStringLiteral("Purchasing")},
        {QStringLiteral("Buyer"), QStringLiteral("Purchasing")},
        {QStringLiteral("IT Manager"), QStringLiteral("IT")},
        {QStringLiteral("Chief Technology Officer"), QStringLiteral("IT")},
        {QStringLiteral("Software Engineer"), QStringLiteral("IT")},
        {QStringLiteral("HR Manager"), QStringLiteral("Human Resources")},
        {QStringLiteral("Office Manager"), QStringLiteral("Administration")},
        {QStringLiteral("Operations Manager"), QStringLiteral("Operations")},
        {QStringLiteral("Project Manager"), QStringLiteral("Operations")},
        {QStringLiteral("Customer Success Manager"), QStringLiteral("Customer Service")},
        {QStringLiteral("Legal Counsel"), QStringLiteral("Legal")},
    };
    return list;
}

QStringList SampleDataSource::owners()
{
    return strings({"Anna Schmidt", "James Carter", "Leila Karimi", "Dmitri Orlov"});
}

QStringList SampleDataSource::leadSources()
{
    return strings({"Web", "Referral", "Event", "Partner", "Cold call", "Import"});
}

QStringList SampleDataSource::contactTags()
{
    return strings({"VIP", "Newsletter", "Partner", "Prospect", "Customer", "Decision maker", "Webinar"});
}

QStringList SampleDataSource::languages()
{
    return strings({"English", "Deutsch", "Français", "Español", "Русский", "العربية", "فارسی"});
}

QStringList SampleDataSource::unsubscribeReasons()
{
    return strings({"Too many e-mails", "No longer relevant", "Asked by phone", "Changed jobs"});
}

QStringList SampleDataSource::dealProducts()
{
    return strings({"Annual licence", "Implementation", "Support renewal", "Data migration", "Training package",
                    "Expansion, 25 seats", "Pilot project", "Consulting retainer", "Hardware refresh",
                    "Integration with ERP"});
}

QStringList SampleDataSource::lostReasons()
{
    return strings({"Price", "Chose a competitor", "No budget", "Timing", "No decision"});
}

QStringList SampleDataSource::noteTexts()
{
    return strings({
        "Called about the renewal. Wants a quote by the end of the month.",
        "Met at the trade fair; interested in the reporting module.",
        "Prefers e-mail over phone calls. Best reached in the morning.",
        "Budget for next year is approved; decision in Q3.",
        "Asked for references from customers in the same industry.",
        "New head of purchasing starts next month; introduce ourselves.",
        "Complained about slow support response last week. Followed up, resolved.",
        "Sent the updated price list and the data processing agreement.",
        "Rückruf nächste Woche wegen des Angebots.",
        "Перезвонить после праздников, обсудить условия договора.",
        "يرغب في عرض تقديمي للفريق الأسبوع القادم.",
        "برای جلسه بعدی نسخه آزمایشی را آماده کنید.",
        "Souhaite une démonstration pour toute l'équipe.",
    });
}

QStringList SampleDataSource::callSubjects()
{
    return strings({"Intro call", "Follow-up call", "Pricing questions", "Check-in", "Renewal call"});
}

QStringList SampleDataSource::emailSubjects()
{
    return strings({"Sent proposal", "Sent case study", "Answered support question", "Meeting summary",
                    "Newsletter feedback"});
}

QStringList SampleDataSource::meetingSubjects()
{
    return strings({"Product demo", "Quarterly review", "On-site workshop", "Contract negotiation", "Lunch"});
}

QStringList SampleDataSource::taskSubjects()
{
    return strings({"Send quote", "Prepare demo", "Update contract draft", "Ask for referral", "Plan kick-off"});
}

} // namespace Kempt
